package uk.mappa.ledger.projections.holdings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "holding")
class HoldingEntity {

    @Embeddable
    record Key(@Column(name = "share_id") UUID shareId, @Column(name = "body_id") String bodyId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private String role;
    private String category;
    private String title;
    @Column(name = "restricted_title")
    private boolean restrictedTitle;
    @Column(name = "provider_body_id")
    private String provider;
    @Column(name = "agreement_id")
    private String agreementId;
    private String marking;
    @Column(name = "held_since")
    private Instant heldSince;
    @Column(name = "retain_until")
    private Instant retainUntil;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "destroyed_at")
    private Instant destroyedAt;
    @Column(name = "content_sha256")
    private String contentSha256;

    protected HoldingEntity() {
    }

    /** A copy as the events leave it, merged with the stored one (new copies are inserted by {@link HoldingRows}). */
    HoldingEntity(Holding holding) {
        this.key = new Key(UUID.fromString(holding.shareId()), holding.bodyId());
        this.role = holding.role();
        this.category = holding.category();
        this.title = holding.title();
        this.restrictedTitle = holding.restrictedTitle();
        this.provider = holding.providerBodyId();
        this.agreementId = holding.agreementId();
        this.marking = holding.marking();
        this.heldSince = holding.heldSince();
        this.retainUntil = holding.retainUntil();
        this.acknowledgedAt = holding.acknowledgedAt();
        this.withdrawnAt = holding.withdrawnAt();
        this.destroyedAt = holding.destroyedAt();
        this.contentSha256 = holding.contentSha256();
    }


    Holding toHolding() {
        return new Holding(key.shareId().toString(), key.bodyId(), role, category, title, restrictedTitle, provider,
                agreementId, marking, heldSince, retainUntil, acknowledgedAt, withdrawnAt, destroyedAt, contentSha256);
    }
}
