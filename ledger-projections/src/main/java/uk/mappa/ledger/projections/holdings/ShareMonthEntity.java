package uk.mappa.ledger.projections.holdings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * How many shares a body recorded in one month (the share date's, in England and Wales) in one slot of the month's
 * count ({@link MonthCounts}); read only, counted in SQL and summed over the slots when read.
 */
@Entity
@Table(name = "shares_by_month")
class ShareMonthEntity {

    @Embeddable
    record Key(@Column(name = "body_id") String bodyId, @Column(name = "month_start") LocalDate month,
               @Column(name = "slot") int slot) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int shares;

    protected ShareMonthEntity() {
    }
}
