package uk.mappa.ledger.projections.csods;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "csods_missed_deadline")
class MissedDeadlineEntity {

    @Embeddable
    record Key(@Column(name = "case_id") UUID caseId, String deadline, @Column(name = "due_at") Instant dueAt)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "force_body_id")
    private String force;

    protected MissedDeadlineEntity() {
    }

    MissedDeadlineEntity(UUID caseId, String deadline, Instant dueAt, String force) {
        this.key = new Key(caseId, deadline, dueAt);
        this.force = force;
    }

    MissedCsodsDeadline toView() {
        return new MissedCsodsDeadline(key.caseId().toString(), force, key.deadline(), key.dueAt());
    }
}
