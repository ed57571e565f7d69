package uk.mappa.ledger.core.consent;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** A body's business manager revokes one of its certificates from an instant, for a reason. */
public record RevokeCertificate(@TargetAggregateIdentifier String certificateId, BodyId body, Instant revokedAt,
                                String reason, Instant recordedAt, Actor actor) {

    public RevokeCertificate {
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
    }
}
