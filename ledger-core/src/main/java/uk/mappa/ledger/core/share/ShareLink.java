package uk.mappa.ledger.core.share;

import java.util.Objects;
import java.util.UUID;

/**
 * What a share was made under besides its agreement: the handling arrangement case information needs, the
 * chair's decision behind disclosed minutes, or the case review whose learning it passes on.
 */
public record ShareLink(Kind kind, UUID id) {

    /** Each kind belongs to one category of information. */
    public enum Kind {
        HANDLING_ARRANGEMENT(Category.CASE_INFORMATION),
        MINUTES_DECISION(Category.MINUTES),
        CASE_REVIEW(Category.SCR_LEARNING);

        private final Category category;

        Kind(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }
    }

    public ShareLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
