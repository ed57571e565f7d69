package uk.mappa.ledger.projections.share;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A share's current view, kept whole as JSON: it is only ever read by id. */
@Entity
@Table(name = "share_record")
class ShareEntity {

    @Id
    @Column(name = "share_id")
    private UUID id;
    @Column(name = "view_json")
    private String viewJson;

    protected ShareEntity() {
    }

    ShareEntity(UUID id, String viewJson) {
        this.id = id;
        this.viewJson = viewJson;
    }

    String viewJson() {
        return viewJson;
    }

    void replace(String json) {
        this.viewJson = json;
    }
}
