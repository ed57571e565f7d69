package uk.mappa.ledger.projections.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What the audit trail remembers of each share so that later events about it (acknowledgements,
 * corrections, destruction) can be filtered by its category, marking and agreement too.
 */
@Entity
@Table(name = "audit_share_context")
class ShareContextEntity {

    @Id
    @Column(name = "share_id")
    private UUID shareId;
    private String category;
    private String classification;
    @Column(name = "agreement_id")
    private String agreementId;
    @Column(name = "title_restricted")
    private boolean titleRestricted;

    protected ShareContextEntity() {
    }

    ShareContextEntity(UUID shareId, String category, String classification, String agreementId,
                       boolean titleRestricted) {
        this.shareId = shareId;
        this.category = category;
        this.classification = classification;
        this.agreementId = agreementId;
        this.titleRestricted = titleRestricted;
    }

    boolean titleRestricted() {
        return titleRestricted;
    }

    String category() {
        return category;
    }

    String classification() {
        return classification;
    }

    String agreementId() {
        return agreementId;
    }

    void remark(String newClassification, boolean newTitleRestricted) {
        this.classification = newClassification;
        this.titleRestricted = newTitleRestricted;
    }

    UUID shareId() {
        return shareId;
    }
}
