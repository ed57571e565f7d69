package uk.mappa.ledger.projections.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A legislative or guidance change, kept so that agreements reviewed as required are flagged when read. */
@Entity
@Table(name = "legislative_change")
class LegislativeChangeEntity {

    @Id
    @Column(name = "change_id")
    private UUID id;
    private String title;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected LegislativeChangeEntity() {
    }

    LegislativeChangeEntity(UUID id, String title, LocalDate effectiveOn, Instant recordedAt) {
        this.id = id;
        this.title = title;
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    AgreementView.LegislativeChangeView toView() {
        return new AgreementView.LegislativeChangeView(id.toString(), title, effectiveOn);
    }
}
