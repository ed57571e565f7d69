package uk.mappa.ledger.projections.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The timescales one board recorded for its review and another's of the same case; a later record replaces it. */
@Entity
@Table(name = "review_timescales")
@IdClass(ReviewTimescalesEntity.Key.class)
class ReviewTimescalesEntity {

    record Key(String reviewId, String otherReviewId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "review_id")
    private String reviewId;
    @Id
    @Column(name = "other_review_id")
    private String otherReviewId;
    @Column(name = "completes_by")
    private LocalDate completesBy;
    @Column(name = "other_completes_by")
    private LocalDate otherCompletesBy;
    private String arrangements;
    @Column(name = "agreed_by")
    private String agreedBy;
    @Column(name = "agreed_at")
    private Instant agreedAt;

    protected ReviewTimescalesEntity() {
    }

    ReviewTimescalesEntity(String reviewId, String otherReviewId, LocalDate completesBy, LocalDate otherCompletesBy,
                           String arrangements, String agreedBy, Instant agreedAt) {
        this.reviewId = reviewId;
        this.otherReviewId = otherReviewId;
        this.completesBy = completesBy;
        this.otherCompletesBy = otherCompletesBy;
        this.arrangements = arrangements;
        this.agreedBy = agreedBy;
        this.agreedAt = agreedAt;
    }

    CaseReviewView.Timescales toView() {
        return new CaseReviewView.Timescales(reviewId, completesBy, otherReviewId, otherCompletesBy, arrangements,
                agreedBy, agreedAt);
    }
}
