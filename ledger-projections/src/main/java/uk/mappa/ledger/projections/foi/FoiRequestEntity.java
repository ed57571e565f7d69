package uk.mappa.ledger.projections.foi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/** A request's list columns, and the whole view as JSON (its consultations and parties change together). */
@Entity
@Table(name = "foi_request")
class FoiRequestEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @Column(name = "request_id")
    private String id;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String status;
    @Column(name = "view_json")
    private String view;

    protected FoiRequestEntity() {
    }

    FoiRequestEntity(FoiRequestView view) {
        this.id = view.id();
        update(view);
    }

    void update(FoiRequestView next) {
        this.dueOn = next.dueOn();
        this.status = next.status();
        this.view = JSON.writeValueAsString(next);
    }

    FoiRequestView toView() {
        return JSON.readValue(view, FoiRequestView.class);
    }
}
