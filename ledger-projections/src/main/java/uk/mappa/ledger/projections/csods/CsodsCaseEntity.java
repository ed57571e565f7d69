package uk.mappa.ledger.projections.csods;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "csods_case")
class CsodsCaseEntity {

    @Id
    @Column(name = "case_id")
    private UUID id;
    @Column(name = "force_body_id")
    private String force;
    private String stage;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "view_json")
    private String viewJson;
    /** The data subjects whose sealed data the view holds, so an erasure finds the cases to clean. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "csods_case_subject", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "subject_id")
    private Set<UUID> subjects = new HashSet<>();

    protected CsodsCaseEntity() {
    }

    CsodsCaseEntity(UUID id) {
        this.id = id;
    }

    void update(CsodsCaseView view, String json) {
        this.force = view.force();
        this.stage = view.stage();
        this.receivedAt = view.receivedAt();
        this.viewJson = json;
        this.subjects = new HashSet<>(view.subjects().stream().map(subject -> subject.value()).toList());
    }

    String viewJson() {
        return viewJson;
    }
}
