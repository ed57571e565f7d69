package uk.mappa.ledger.core.refusal;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;

/**
 * Record that a provider declined a request to share, with its reason: refusals must be as accountable
 * as shares.
 *
 * @param request what was asked for, in a sentence (no personal data)
 */
public record DeclineShareRequest(@TargetAggregateIdentifier RefusalId refusalId, BodyId provider, BodyId requester,
                                  Category category, String request, String reason, Instant requestedAt,
                                  Instant declinedAt, Actor actor) {

    public DeclineShareRequest {
        Objects.requireNonNull(refusalId, "refusalId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(declinedAt, "declinedAt");
        Objects.requireNonNull(actor, "actor");
    }
}
