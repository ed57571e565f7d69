package uk.mappa.ledger.core.refusal;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;

/** A provider declined a request to share, for the reason given. */
@Revision("1")
public record ShareRequestDeclined(RefusalId refusalId, BodyId provider, BodyId requester, Category category,
                                   String request, String reason, Instant requestedAt, Instant declinedAt,
                                   String declinedBy) implements LedgerEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(provider, requester);
    }

    @Override
    public String summary() {
        return provider + " declined a request from " + requester + " for " + category + ": " + reason;
    }
}
