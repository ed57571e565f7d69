package uk.mappa.ledger.projections.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "case_review")
class CaseReviewEntity {

    @Id
    @Column(name = "review_id")
    private String id;
    @Column(name = "board_body_id")
    private String board;
    private String kind;
    /** The keyed digest of the case reference: reviews of the same case share it. Never shown. */
    @Column(name = "case_digest")
    private String caseDigest;
    @Column(name = "commissioned_on")
    private LocalDate commissionedOn;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected CaseReviewEntity() {
    }

    CaseReviewEntity(String id, String board, String kind, String caseDigest, LocalDate commissionedOn,
                     Instant registeredAt) {
        this.id = id;
        this.board = board;
        this.kind = kind;
        this.caseDigest = caseDigest;
        this.commissionedOn = commissionedOn;
        this.registeredAt = registeredAt;
    }

    String id() {
        return id;
    }

    String board() {
        return board;
    }

    String caseDigest() {
        return caseDigest;
    }

    CaseReviewView.OtherReview asOther() {
        return new CaseReviewView.OtherReview(id, board, kind, commissionedOn);
    }

    CaseReviewView toView(java.util.List<CaseReviewView.OtherReview> others,
                          java.util.List<CaseReviewView.Timescales> timescales) {
        return new CaseReviewView(id, board, kind, commissionedOn, registeredAt, others, timescales);
    }
}
