package uk.mappa.ledger.core.agreement;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifier of a written agreement (MoU, protocol, duty-to-co-operate memorandum). */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "agreement id");
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }

    /** A stable id derived from a name, so seeded agreements have the same id in every deployment. */
    public static AgreementId named(String name) {
        return new AgreementId(UUID.nameUUIDFromBytes(("agreement:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    public static AgreementId parse(String text) {
        return new AgreementId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
