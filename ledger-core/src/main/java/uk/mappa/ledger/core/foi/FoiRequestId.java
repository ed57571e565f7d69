package uk.mappa.ledger.core.foi;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Freedom of Information request that involves a MAPPA case. */
public record FoiRequestId(UUID value) {

    public FoiRequestId {
        Objects.requireNonNull(value, "FOI request id");
    }

    public static FoiRequestId random() {
        return new FoiRequestId(UUID.randomUUID());
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
