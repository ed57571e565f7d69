package uk.mappa.ledger.core.share;

import java.util.Objects;
import java.util.UUID;

/**
 * The record a share comes from, where the documents tie one to it: the case review whose learning it shares,
 * or the minutes request whose chair agreed the executive summary it discloses.
 */
public record ShareLink(Kind kind, UUID id) {

    public enum Kind {
        /** Learning from a registered case review (SCR_LEARNING). */
        CASE_REVIEW,
        /** The executive summary a meeting's chair agreed to disclose in answer to a request (MINUTES). */
        MINUTES_REQUEST
    }

    public ShareLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ShareLink caseReview(UUID id) {
        return new ShareLink(Kind.CASE_REVIEW, id);
    }

    public static ShareLink minutesRequest(UUID id) {
        return new ShareLink(Kind.MINUTES_REQUEST, id);
    }
}
