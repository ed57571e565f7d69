package uk.mappa.ledger.projections.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "register_body")
class BodyEntity {

    @Id
    @Column(name = "body_id")
    private String id;
    private String name;
    private String kind;
    @Column(name = "mappa_area")
    private String mappaArea;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected BodyEntity() {
    }

    BodyEntity(String id, String name, String kind, String mappaArea, Instant registeredAt) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.mappaArea = mappaArea;
        this.registeredAt = registeredAt;
    }

    BodyView toView() {
        return new BodyView(id, name, kind, mappaArea, registeredAt);
    }
}
