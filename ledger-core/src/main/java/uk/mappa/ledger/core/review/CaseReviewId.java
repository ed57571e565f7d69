package uk.mappa.ledger.core.review;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a case review a board registered. */
public record CaseReviewId(UUID value) {

    public CaseReviewId {
        Objects.requireNonNull(value, "case review id");
    }

    public static CaseReviewId random() {
        return new CaseReviewId(UUID.randomUUID());
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
