package uk.mappa.ledger.core.share;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one recorded share. */
public record ShareId(UUID value) {

    public ShareId {
        Objects.requireNonNull(value, "share id");
    }

    public static ShareId random() {
        return new ShareId(UUID.randomUUID());
    }

    /** Parses the textual form used in URLs; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static ShareId parse(String text) {
        return new ShareId(UUID.fromString(text));
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
