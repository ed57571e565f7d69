package uk.mappa.ledger.projections.holdings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** How many shares a body recorded in one month (the share date's, in England and Wales); read only, counted in SQL. */
@Entity
@Table(name = "shares_by_month")
class ShareMonthEntity {

    @Embeddable
    record Key(@Column(name = "body_id") String bodyId, @Column(name = "month_start") LocalDate month)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int shares;

    protected ShareMonthEntity() {
    }

    SharesInMonth view() {
        return new SharesInMonth(key.bodyId(), key.month(), shares);
    }
}
