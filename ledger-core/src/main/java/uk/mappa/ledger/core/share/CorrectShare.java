package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/** The provider corrects fields of a share; null fields stay as they are. */
public record CorrectShare(@TargetAggregateIdentifier ShareId shareId, String title, String purpose,
                           LawfulBasis lawfulBasis, ContentDigest content, Instant sharedAt, String reason,
                           Instant correctedAt, Actor actor) {

    public CorrectShare {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(correctedAt, "correctedAt");
        Objects.requireNonNull(actor, "actor");
    }
}
