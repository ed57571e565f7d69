package uk.mappa.ledger.projections.holdings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Each body's months from one month on; counted by adding to the stored count in the database. */
interface ShareMonthRepository extends JpaRepository<ShareMonthEntity, ShareMonthEntity.Key> {

    /**
     * Adds to a month's count in one statement, so that two transactions counting the same month (two segments of
     * the projection) both count: a read, then a write of the sum, would lose one of them.
     *
     * @return how many months were counted: 0 when the month has no count yet
     */
    @Modifying
    @Query("update ShareMonthEntity m set m.shares = m.shares + :change where m.key = :key")
    int add(ShareMonthEntity.Key key, int change);

    @Query("select m from ShareMonthEntity m where m.key.bodyId in :bodies and m.key.month >= :from")
    List<ShareMonthEntity> findFrom(Collection<String> bodies, LocalDate from);

    @Query("select m from ShareMonthEntity m where m.key.month >= :from")
    List<ShareMonthEntity> findFrom(LocalDate from);
}
