package uk.mappa.ledger.api.holdings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.ExpensiveReads;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.holdings.FindCopiesDueForDestruction;
import uk.mappa.ledger.projections.holdings.FindSharesOfContent;
import uk.mappa.ledger.projections.holdings.SharesOfContentPage;
import uk.mappa.ledger.projections.holdings.FindHoldings;
import uk.mappa.ledger.projections.holdings.FindHoldingsAsOf;
import uk.mappa.ledger.projections.holdings.FindOverdueAcknowledgements;
import uk.mappa.ledger.projections.holdings.HoldingCursor;
import uk.mappa.ledger.projections.holdings.HoldingView;
import uk.mappa.ledger.projections.holdings.HoldingsPage;

/**
 * Who holds what now, as the caller may see it: a body's copies, the copies not acknowledged in time and those
 * kept past their retention. The one read the API and the console both use.
 */
@Component
public class CurrentHoldings {

    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;
    private final Duration acknowledgementPeriod;
    private final ExpensiveReads expensive;

    CurrentHoldings(Queries queries, ReadAccess access, Clock clock,
                    @Value("${ledger.shares.acknowledgement-period}") Duration acknowledgementPeriod,
                    ExpensiveReads expensive) {
        this.queries = queries;
        this.access = access;
        this.expensive = expensive;
        this.clock = clock;
        this.acknowledgementPeriod = acknowledgementPeriod;
    }

    public HoldingsPage of(Actor actor, BodyId body, int pageSize, HoldingCursor after) {
        access.requireMayReadHoldingsOf(actor, body);
        return access.present(actor, queries.ask(new FindHoldings(body, clock.instant(), pageSize, after)));
    }

    /** What the body held at an instant, reconstructed from the event history: an expensive read, one per user. */
    public HoldingsPage asOf(Actor actor, BodyId body, Instant instant, int pageSize, HoldingCursor after) {
        access.requireMayReadHoldingsOf(actor, body);
        return access.present(actor,
                expensive.run(actor, () -> queries.ask(new FindHoldingsAsOf(body, instant, pageSize, after))));
    }

    /** Copies not acknowledged within the acknowledgement period, of the bodies the caller may see, oldest first. */
    public HoldingsPage overdueAcknowledgements(Actor actor, int pageSize, HoldingCursor after) {
        Instant now = clock.instant();
        return access.present(actor, queries.ask(new FindOverdueAcknowledgements(now.minus(acknowledgementPeriod),
                access.bodiesVisibleTo(actor), now, pageSize, after)));
    }

    /**
     * The shares of one document (found by its SHA-256) that the caller may see, most recent first: who shared
     * it, with whom, when and under which agreement.
     */
    public SharesOfContentPage sharesOf(Actor actor, ContentDigest content, int pageSize, Keyset after) {
        return queries.ask(new FindSharesOfContent(content, access.bodiesVisibleTo(actor), clock.instant(), pageSize,
                after)).map(access.titlesFor(actor)::present);
    }

    /** The first {@code size} copies kept past their retention by bodies the caller may see, longest overdue first. */
    public List<HoldingView> dueForDestruction(Actor actor, int size) {
        ReadAccess.Titles titles = access.titlesFor(actor);
        return queries.ask(new FindCopiesDueForDestruction(access.bodiesVisibleTo(actor), clock.instant(), size))
                .stream().map(titles::present).toList();
    }
}
