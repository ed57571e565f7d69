package uk.mappa.ledger.core.consent;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** A body's business manager registers one of the body's signing certificates. */
public record RegisterCertificate(@TargetAggregateIdentifier String certificateId, BodyId body,
                                  X509Certificate certificate, Instant registeredAt, Actor actor) {

    public RegisterCertificate {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(actor, "actor");
    }

    public static RegisterCertificate of(BodyId body, X509Certificate certificate, Instant at, Actor actor) {
        return new RegisterCertificate(SigningCertificate.aggregateId(Certificates.fingerprint(certificate)), body,
                certificate, at, actor);
    }
}
