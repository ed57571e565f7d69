package uk.mappa.ledger.projections.sfo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sfo_notification")
class SfoEntity {

    @Id
    @Column(name = "notification_id")
    private String id;
    @Column(name = "smb_body_id")
    private String smb;
    @Column(name = "lscb_body_id")
    private String lscb;
    @Column(name = "recipient_role")
    private String recipientRole;
    @Column(name = "notified_at")
    private Instant notifiedAt;
    @Column(name = "acknowledge_by")
    private Instant acknowledgeBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    private String status;

    protected SfoEntity() {
    }

    SfoEntity(SfoView view) {
        this.id = view.notificationId();
        this.smb = view.smbBodyId();
        this.lscb = view.lscbBodyId();
        this.recipientRole = view.recipientRole();
        this.notifiedAt = view.notifiedAt();
        this.acknowledgeBy = view.acknowledgeBy();
        this.status = view.status();
    }

    void acknowledge(Instant at) {
        this.acknowledgedAt = at;
        this.status = "ACKNOWLEDGED";
    }

    void escalate(String to) {
        this.status = "ESCALATED_TO_" + to;
    }

    SfoView toView() {
        return new SfoView(id, smb, lscb, recipientRole, notifiedAt, acknowledgeBy, acknowledgedAt, status, null);
    }
}
