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
    @Column(name = "provider_body_id")
    private String provider;
    private String marking;
    @Column(name = "held_since")
    private Instant heldSince;

    protected HoldingEntity() {
    }

    HoldingEntity(HoldingView view) {
        this.key = new Key(UUID.fromString(view.shareId()), view.bodyId());
        this.role = view.role();
        this.category = view.category();
        this.title = view.title();
        this.provider = view.providerBodyId();
        this.marking = view.marking();
        this.heldSince = view.heldSince();
    }

    HoldingView toView() {
        return new HoldingView(key.shareId().toString(), key.bodyId(), role, category, title, provider, marking,
                heldSince);
    }
}
