package uk.mappa.ledger.core.minutes;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a request to disclose the minutes of a MAPPA meeting. */
public record MinutesRequestId(UUID value) {

    public MinutesRequestId {
        Objects.requireNonNull(value, "minutes request id");
    }

    public static MinutesRequestId random() {
        return new MinutesRequestId(UUID.randomUUID());
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
