package uk.mappa.ledger.projections.holdings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Each body's months from one month on, each the sum of its slots (counted by {@link HoldingsProjection} in SQL). */
interface ShareMonthRepository extends JpaRepository<ShareMonthEntity, ShareMonthEntity.Key> {
    @Query("select new uk.mappa.ledger.projections.holdings.SharesInMonth(m.key.bodyId, m.key.month,"
            + " cast(sum(m.shares) as Integer)) from ShareMonthEntity m"
            + " where m.key.bodyId in :bodies and m.key.month >= :from group by m.key.bodyId, m.key.month")
    List<SharesInMonth> findFrom(Collection<String> bodies, LocalDate from);

    @Query("select new uk.mappa.ledger.projections.holdings.SharesInMonth(m.key.bodyId, m.key.month,"
            + " cast(sum(m.shares) as Integer)) from ShareMonthEntity m"
            + " where m.key.month >= :from group by m.key.bodyId, m.key.month")
    List<SharesInMonth> findFrom(LocalDate from);
}
