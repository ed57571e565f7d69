package uk.mappa.ledger.projections.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A MINUTES share that disclosed the executive summary agreed in answer to a request. */
@Entity
@Table(name = "minutes_disclosure")
class MinutesDisclosureEntity {

    @Id
    @Column(name = "share_id")
    private String shareId;
    @Column(name = "request_id")
    private String requestId;

    protected MinutesDisclosureEntity() {
    }

    MinutesDisclosureEntity(String shareId, String requestId) {
        this.shareId = shareId;
        this.requestId = requestId;
    }

    String shareId() {
        return shareId;
    }

    String requestId() {
        return requestId;
    }
}
