package uk.mappa.ledger.projections.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** An agreement's terms as JSON, with the columns the queries select on. */
@Entity
@Table(name = "agreement_record")
class AgreementEntity {

    @Id
    @Column(name = "agreement_id")
    private UUID id;
    private String title;
    private String status;
    @Column(name = "review_due")
    private LocalDate reviewDue;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "body_id")
    private Set<String> parties = new HashSet<>();
    @Column(name = "terms_json")
    private String termsJson;
    /** When it was drafted, last reviewed or amended: a legislative change recorded later makes it due for review. */
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected AgreementEntity() {
    }

    AgreementEntity(UUID id) {
        this.id = id;
    }

    void update(String title, String status, LocalDate reviewDue, Set<String> parties, String termsJson) {
        this.title = title;
        this.status = status;
        this.reviewDue = reviewDue;
        this.parties = new HashSet<>(parties);
        this.termsJson = termsJson;
    }

    Set<String> parties() {
        return parties;
    }

    void reviewedAt(Instant at) {
        this.reviewedAt = at;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    LocalDate reviewDue() {
        return reviewDue;
    }

    String termsJson() {
        return termsJson;
    }
}
