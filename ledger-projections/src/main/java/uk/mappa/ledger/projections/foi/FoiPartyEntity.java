package uk.mappa.ledger.projections.foi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A body an FOI request concerns, so each body's list is one indexed lookup. */
@Entity
@Table(name = "foi_request_party")
@IdClass(FoiPartyEntity.Key.class)
class FoiPartyEntity {

    record Key(String requestId, String bodyId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "request_id")
    private String requestId;
    @Id
    @Column(name = "body_id")
    private String bodyId;

    protected FoiPartyEntity() {
    }

    FoiPartyEntity(String requestId, String bodyId) {
        this.requestId = requestId;
        this.bodyId = bodyId;
    }
}
