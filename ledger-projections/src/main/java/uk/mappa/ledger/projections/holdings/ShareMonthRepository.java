package uk.mappa.ledger.projections.holdings;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/** Each body's months from one month on; counted by adding to the stored count in the database. */
interface ShareMonthRepository extends JpaRepository<ShareMonthEntity, ShareMonthEntity.Key> {

    /**
     * Adds to a month's count in the database, in one statement that also makes the month's first count: two
     * transactions counting the same month (two segments of the projection) both count, where a read and then a
     * write of the sum would lose one. Should both make the first count at once, one fails on the duplicate and its
     * batch is handled again. Sent without first writing the session's pending rows (none of them are counts), so
     * those still go to the database in batches.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            merge into shares_by_month m
            using (select cast(:body as varchar(64)) as body_id, cast(:month as date) as month_start,
                          cast(:change as integer) as change_by) c
            on m.body_id = c.body_id and m.month_start = c.month_start
            when matched then update set shares = m.shares + c.change_by
            when not matched then insert (body_id, month_start, shares) values (c.body_id, c.month_start, c.change_by)""")
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    void add(@Param("body") String body, @Param("month") LocalDate month, @Param("change") int change);

    @Query("select m from ShareMonthEntity m where m.key.bodyId in :bodies and m.key.month >= :from")
    List<ShareMonthEntity> findFrom(Collection<String> bodies, LocalDate from);

    @Query("select m from ShareMonthEntity m where m.key.month >= :from")
    List<ShareMonthEntity> findFrom(LocalDate from);
}
