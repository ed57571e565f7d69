package uk.mappa.ledger.projections.holdings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import uk.mappa.ledger.projections.InsertedWhenNew;

/** How many shares a body recorded in one month (the share date's, in England and Wales). */
@Entity
@Table(name = "shares_by_month")
class ShareMonthEntity extends InsertedWhenNew<ShareMonthEntity.Key> {

    @Embeddable
    record Key(@Column(name = "body_id") String bodyId, @Column(name = "month_start") LocalDate month)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int shares;

    protected ShareMonthEntity() {
    }

    /** The first share of a body's month. */
    static ShareMonthEntity first(Key key) {
        ShareMonthEntity month = new ShareMonthEntity();
        month.key = key;
        month.markNew(true);
        return month;
    }

    @Override
    public Key getId() {
        return key;
    }


    SharesInMonth view() {
        return new SharesInMonth(key.bodyId(), key.month(), shares);
    }

    /** Counts more (or fewer) shares in a month not stored yet. */
    ShareMonthEntity plus(int more) {
        shares += more;
        return this;
    }
}
