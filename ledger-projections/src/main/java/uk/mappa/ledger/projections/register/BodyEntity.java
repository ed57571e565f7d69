package uk.mappa.ledger.projections.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Entity
@Table(name = "register_body")
class BodyEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @Column(name = "body_id")
    private String id;
    private String name;
    private String kind;
    @Column(name = "mappa_area")
    private String mappaArea;
    @Column(name = "registered_at")
    private Instant registeredAt;
    private String status;
    @Column(name = "successor_body_id")
    private String successor;
    /** A JSON array of names, oldest first: read only with the body itself. */
    @Column(name = "former_names")
    private String formerNames;

    protected BodyEntity() {
    }

    BodyEntity(BodyView view) {
        this.id = view.id();
        this.name = view.name();
        this.kind = view.kind();
        this.mappaArea = view.mappaArea();
        this.registeredAt = view.registeredAt();
        this.status = view.status();
        this.successor = view.successorBodyId();
        this.formerNames = JSON.writeValueAsString(view.formerNames());
    }

    BodyView toView() {
        return new BodyView(id, name, kind, mappaArea, registeredAt, status, successor,
                JSON.readValue(formerNames, new TypeReference<List<String>>() { }));
    }
}
