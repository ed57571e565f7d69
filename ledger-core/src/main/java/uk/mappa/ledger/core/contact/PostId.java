package uk.mappa.ledger.core.contact;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a post: a role a body fills with a named person (a contact or nominee). */
public record PostId(UUID value) {

    public PostId {
        Objects.requireNonNull(value, "post id");
    }

    public static PostId random() {
        return new PostId(UUID.randomUUID());
    }

    /** The stable id of a post the source documents name, so seeding it again finds it. */
    public static PostId named(String key) {
        return new PostId(UUID.nameUUIDFromBytes(("post:" + key).getBytes(StandardCharsets.UTF_8)));
    }

    /** Axon uses {@code toString()} as the aggregate identifier, so it must be the bare value. */
    @Override
    public String toString() {
        return value.toString();
    }
}
