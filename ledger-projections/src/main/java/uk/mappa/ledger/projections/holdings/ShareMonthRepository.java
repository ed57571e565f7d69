package uk.mappa.ledger.projections.holdings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Each body's months from one month on (counted by {@link HoldingsProjection} in SQL). */
interface ShareMonthRepository extends JpaRepository<ShareMonthEntity, ShareMonthEntity.Key> {
    @Query("select m from ShareMonthEntity m where m.key.bodyId in :bodies and m.key.month >= :from")
    List<ShareMonthEntity> findFrom(Collection<String> bodies, LocalDate from);

    @Query("select m from ShareMonthEntity m where m.key.month >= :from")
    List<ShareMonthEntity> findFrom(LocalDate from);
}
