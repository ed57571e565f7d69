package uk.mappa.ledger.core.arrangement;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a handling arrangement. */
public record HandlingArrangementId(UUID value) {

    public HandlingArrangementId {
        Objects.requireNonNull(value, "handling arrangement id");
    }

    public static HandlingArrangementId random() {
        return new HandlingArrangementId(UUID.randomUUID());
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
