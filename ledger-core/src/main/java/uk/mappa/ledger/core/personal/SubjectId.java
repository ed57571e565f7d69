package uk.mappa.ledger.core.personal;

import java.util.Objects;
import java.util.UUID;

/** A data subject: a person whose personal data the ledger holds, encrypted under a key of their own. */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "subject id");
    }

    public static SubjectId parse(String text) {
        return new SubjectId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
