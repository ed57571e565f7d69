package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.NewRows;
import uk.mappa.ledger.projections.Page;

/** "Who holds what" now: every copy of every share, until its holder destroys it. */
@Component
@ProcessingGroup(HoldingsProjection.NAME)
class HoldingsProjection {

    static final String NAME = "holdings";

    /**
     * Adds to one slot of a month's count in one statement that also makes the slot's first count: two transactions
     * counting the same slot both count, where a read and then a write of the sum would lose one. Should both make
     * the first count at once, the second fails on the duplicate and adds to the row the first made. A transaction's
     * changes are summed per slot of a month and sent once, just before it commits ({@link MonthCounts}).
     */
    static final String COUNT = """
            merge into shares_by_month m
            using (select cast(? as varchar(64)) as body_id, cast(? as date) as month_start, cast(? as integer) as slot,
                          cast(? as integer) as change_by) c
            on m.body_id = c.body_id and m.month_start = c.month_start and m.slot = c.slot
            when matched then update set shares = m.shares + c.change_by
            when not matched then insert (body_id, month_start, slot, shares)
                values (c.body_id, c.month_start, c.slot, c.change_by)""";

    private final HoldingRepository holdings;
    private final ShareMonthRepository months;
    private final MonthCounts counts;
    /** The batch's new copies, written with JDBC before it commits. */
    private final NewRows<HoldingEntity.Key, Holding> created;

    HoldingsProjection(HoldingRepository holdings, ShareMonthRepository months, DataSource database) {
        this.holdings = holdings;
        this.months = months;
        JdbcTemplate jdbc = new JdbcTemplate(database);
        this.counts = new MonthCounts(jdbc, COUNT);
        this.created = HoldingRows.of(jdbc);
    }

    /**
     * The copies the event changes, written back. A recorded share's copies (its provider's and each distinct
     * recipient's) cannot exist yet, so they are kept for the batch's JDBC insert without being looked for; every
     * other change (an onward disclosure's copy included, which its third party may already hold) is made to the
     * copy where it is, the batch's new ones or the stored ones.
     */
    @EventHandler
    void on(ShareEvent event) {
        countByMonth(event);
        List<Holding> changed = HoldingsFold.apply(event, (shareId, body) -> current(new HoldingEntity.Key(
                UUID.fromString(shareId), body)));
        if (event instanceof ShareRecorded) {
            changed.forEach(created::add);
        } else {
            changed.stream().filter(holding -> !created.replace(holding))
                    .forEach(holding -> holdings.save(new HoldingEntity(holding)));
        }
    }

    /** A copy as it stands now: among the batch's new ones, or as stored. */
    private Holding current(HoldingEntity.Key key) {
        Holding fresh = created.find(key);
        return fresh != null ? fresh : holdings.findById(key).map(HoldingEntity::toHolding).orElse(null);
    }

    /**
     * A recorded share counts in its provider's month; a corrected share date moves it to its new month (read
     * before the fold changes the provider's copy).
     */
    private void countByMonth(ShareEvent event) {
        String share = event.shareId().toString();
        if (event instanceof ShareRecorded recorded) {
            count(share, recorded.provider().value(), recorded.sharedAt(), 1);
        } else if (event instanceof ShareCorrected corrected && corrected.sharedAt() != null) {
            java.util.Optional.ofNullable(current(new HoldingEntity.Key(corrected.shareId().value(),
                            corrected.provider().value())))
                    .filter(provided -> !monthOf(provided.heldSince()).equals(monthOf(corrected.sharedAt())))
                    .ifPresent(provided -> {
                        count(share, provided.bodyId(), provided.heldSince(), -1);
                        count(share, provided.bodyId(), corrected.sharedAt(), 1);
                    });
        }
    }

    /** Adds to the month's count, sent with the transaction's other changes to it ({@link #COUNT}). */
    private void count(String share, String body, Instant sharedAt, int change) {
        counts.add(MonthCounts.slotOf(share), body, monthOf(sharedAt), change);
    }

    static LocalDate monthOf(Instant at) {
        return at.atZone(AgreementTerms.ZONE).toLocalDate().withDayOfMonth(1);
    }

    @ResetHandler
    void reset() {
        holdings.deleteAllInBatch();
        months.deleteAllInBatch();
    }

    @QueryHandler
    List<SharesInMonth> handle(CountSharesByMonth query) {
        LocalDate from = query.from().withDayOfMonth(1);
        return query.bodies() == null ? months.findFrom(from)
                : months.findFrom(query.bodies().stream().map(BodyId::value).toList(), from);
    }

    @QueryHandler
    SharesOfContentPage handle(FindSharesOfContent query) {
        Instant since = query.after() == null ? LATEST.heldSince() : Instant.parse(query.after().value());
        UUID share = query.after() == null ? LATEST.shareId() : UUID.fromString(query.after().id());
        Limit limit = Limit.of(query.size() + 1);
        List<HoldingEntity> provided = query.bodies() == null
                ? holdings.findProvidedContent(query.content().sha256(), since, share, limit)
                : holdings.findProvidedContent(query.content().sha256(),
                        query.bodies().stream().map(BodyId::value).toList(), since, share, limit);
        // Every copy of the page's shares in one more query: who each share went to.
        Map<String, List<Holding>> copies = holdings.findByKeyShareIdIn(provided.stream()
                        .map(entity -> UUID.fromString(entity.toHolding().shareId())).toList()).stream()
                .map(HoldingEntity::toHolding).collect(Collectors.groupingBy(Holding::shareId));
        List<SharesOfContentPage.SharedContent> found = provided.stream().map(HoldingEntity::toHolding)
                .map(holding -> new SharesOfContentPage.SharedContent(HoldingView.of(holding, query.now()),
                        holders(copies.get(holding.shareId()), "RECIPIENT"),
                        holders(copies.get(holding.shareId()), "THIRD_PARTY")))
                .toList();
        Page.Slice<SharesOfContentPage.SharedContent> slice = Page.slice(found, query.size(), item -> new Keyset(
                item.provided().heldSince().toString(), item.provided().shareId()).encode(SharesOfContentPage.LIST));
        return new SharesOfContentPage(slice.items(), slice.next());
    }

    private static List<String> holders(List<Holding> copies, String role) {
        return copies == null ? List.of() : copies.stream().filter(copy -> copy.role().equals(role))
                .map(Holding::bodyId).sorted().toList();
    }

    @QueryHandler
    List<HoldingView> handle(FindCopiesDueForDestruction query) {
        Limit limit = Limit.of(query.size());
        return (query.bodies() == null ? holdings.findPastRetention(query.now(), limit)
                : holdings.findPastRetention(query.now(), query.bodies().stream().map(BodyId::value).toList(), limit))
                .stream().map(entity -> HoldingView.of(entity.toHolding(), query.now())).toList();
    }

    /** Before every copy in the newest-first order, and after every copy in the oldest-first one. */
    private static final HoldingCursor LATEST = new HoldingCursor(Instant.parse("9999-12-31T23:59:59Z"),
            new UUID(-1, -1), "");
    private static final HoldingCursor EARLIEST = new HoldingCursor(Instant.parse("0001-01-01T00:00:00Z"),
            new UUID(0, 0), "");

    @QueryHandler
    HoldingsPage handle(FindHoldings query) {
        HoldingCursor after = query.after() == null ? LATEST : query.after();
        return page(holdings.findHeld(query.body().value(), after.heldSince(), after.shareId(),
                Limit.of(query.size() + 1)), query.size(), query.now());
    }

    @QueryHandler
    HoldingsPage handle(FindOverdueAcknowledgements query) {
        HoldingCursor after = query.after() == null ? EARLIEST : query.after();
        Limit limit = Limit.of(query.size() + 1);
        List<HoldingEntity> overdue = query.bodies() == null
                ? holdings.findUnacknowledgedSharedBefore(query.sharedBefore(), after.heldSince(), after.shareId(),
                        after.bodyId(), limit)
                : holdings.findUnacknowledgedSharedBefore(query.sharedBefore(),
                        query.bodies().stream().map(BodyId::value).toList(), after.heldSince(), after.shareId(),
                        after.bodyId(), limit);
        return page(overdue, query.size(), query.now());
    }

    private static HoldingsPage page(List<HoldingEntity> upToOneMore, int size, Instant now) {
        return HoldingsPage.of(upToOneMore.stream().map(entity -> HoldingView.of(entity.toHolding(), now)).toList(),
                size);
    }
}
