package uk.mappa.ledger.core.refusal;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a recorded refusal to share. */
public record RefusalId(UUID value) {

    public RefusalId {
        Objects.requireNonNull(value, "refusal id");
    }

    public static RefusalId random() {
        return new RefusalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
