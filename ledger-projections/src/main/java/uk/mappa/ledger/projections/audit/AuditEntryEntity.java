package uk.mappa.ledger.projections.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An audit entry as it is read (entries are written by {@link AuditRows}). */
@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    @Column(name = "global_position")
    private long position;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "actor_user")
    private String actor;
    @Column(name = "actor_name")
    private String actorName;
    @Column(name = "actor_body_id")
    private String actorBody;
    /** For filtering by body; reading uses {@link #bodiesText}, so streaming an export loads no collections. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_entry_body", joinColumns = @JoinColumn(name = "global_position"))
    @OrderColumn(name = "position")
    @Column(name = "body_id")
    private List<String> bodies = new ArrayList<>();
    /** The bodies concerned, space-separated, in order. */
    @Column(name = "bodies")
    private String bodiesText;
    @Column(name = "aggregate_id")
    private String aggregateId;
    private String category;
    private String classification;
    @Column(name = "agreement_id")
    private String agreementId;
    private String title;
    /** Kept current: set again on every entry of a share when the share is re-marked. */
    @Column(name = "title_restricted")
    private boolean titleRestricted;
    private String summary;
    @Column(name = "correlation_id")
    private String correlationId;

    protected AuditEntryEntity() {
    }

    AuditEntryView toView() {
        return new AuditEntryView(position, eventType, occurredAt, actor, actorName, actorBody,
                bodiesText == null || bodiesText.isEmpty() ? List.of() : List.of(bodiesText.split(" ")), aggregateId,
                category, classification, agreementId, title, false, titleRestricted, summary, correlationId);
    }
}
