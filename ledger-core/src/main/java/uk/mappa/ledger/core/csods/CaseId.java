package uk.mappa.ledger.core.csods;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one Child Sex Offender Disclosure Scheme case. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
