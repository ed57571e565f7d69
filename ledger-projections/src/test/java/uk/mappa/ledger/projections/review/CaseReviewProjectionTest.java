package uk.mappa.ledger.projections.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.review.CaseDigest;
import uk.mappa.ledger.core.review.CaseReviewEvent.CaseReviewRegistered;
import uk.mappa.ledger.core.review.CaseReviewEvent.ReviewTimescalesAgreed;
import uk.mappa.ledger.core.review.CaseReviewId;
import uk.mappa.ledger.core.review.ReviewKind;
import uk.mappa.ledger.projections.review.CaseReviewQueries.FindCaseReview;
import uk.mappa.ledger.projections.review.CaseReviewQueries.FindCaseReviews;

/** Reviews of the same case find each other, whatever order they were registered in, with their timescales. */
@DataJpaTest
class CaseReviewProjectionTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final CaseDigest CASE = new CaseDigest("a".repeat(64));
    static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");

    @Autowired
    CaseReviewRepository reviewRepository;
    @Autowired
    ReviewTimescalesRepository timescalesRepository;
    CaseReviewProjection reviews;

    @BeforeEach
    void setUp() {
        reviews = new CaseReviewProjection(reviewRepository, timescalesRepository);
    }

    static CaseReviewRegistered registered(CaseReviewId id, BodyId board, ReviewKind kind, CaseDigest digest) {
        return new CaseReviewRegistered(id, board, kind, digest, LocalDate.parse("2026-04-20"), "x");
    }

    @Test
    void reviewsOfTheSameCaseListEachOtherAndTheTimescalesAgreedEitherWay() {
        CaseReviewId lscb = CaseReviewId.random();
        CaseReviewId mappa = CaseReviewId.random();
        CaseReviewId unrelated = CaseReviewId.random();
        reviews.on(registered(mappa, SMB, ReviewKind.MAPPA_SERIOUS_CASE_REVIEW, CASE), AT.plusSeconds(60));
        reviews.on(registered(lscb, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE), AT);
        reviews.on(registered(unrelated, WIRRAL, ReviewKind.SERIOUS_CASE_REVIEW, new CaseDigest("b".repeat(64))),
                AT.plusSeconds(120));
        reviews.on(new ReviewTimescalesAgreed(mappa, SMB, lscb, KNOWSLEY, LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-12-01"), "First draft", "coord"), AT.plusSeconds(180));
        reviews.on(new ReviewTimescalesAgreed(mappa, SMB, lscb, KNOWSLEY, LocalDate.parse("2026-11-15"),
                LocalDate.parse("2026-12-01"), "Revised", "coord"), AT.plusSeconds(240));

        CaseReviewView knowsley = reviews.handle(new FindCaseReview(lscb.toString())).orElseThrow();
        assertThat(knowsley.kind()).isEqualTo("SERIOUS_CASE_REVIEW");
        assertThat(knowsley.registeredAt()).isEqualTo(AT);
        assertThat(knowsley.otherReviews()).extracting(CaseReviewView.OtherReview::id).containsExactly(mappa.toString());
        assertThat(knowsley.parties()).containsExactly("knowsley-lscb", "merseyside-smb");
        assertThat(knowsley.timescales()).singleElement().satisfies(agreed -> {
            assertThat(agreed.arrangements()).isEqualTo("Revised");
            assertThat(agreed.completesBy()).isEqualTo(LocalDate.parse("2026-11-15"));
            assertThat(agreed.otherReviewId()).isEqualTo(lscb.toString());
        });
        assertThat(reviews.handle(new FindCaseReview(mappa.toString())).orElseThrow().timescales()).hasSize(1);
        CaseReviewView wirral = reviews.handle(new FindCaseReview(unrelated.toString())).orElseThrow();
        assertThat(wirral.otherReviews()).isEmpty();
        assertThat(wirral.timescales()).isEmpty();

        assertThat(reviews.handle(new FindCaseReviews(null, 100, null)).items()).extracting(CaseReviewView::id)
                .containsExactly(unrelated.toString(), mappa.toString(), lscb.toString());
        assertThat(reviews.handle(new FindCaseReviews(Set.of(KNOWSLEY), 100, null)).items()).extracting(CaseReviewView::id)
                .containsExactly(lscb.toString());
        assertThat(reviews.handle(new FindCaseReviews(Set.of(new BodyId("sefton-lscb")), 100, null)).items()).isEmpty();
        assertThat(reviews.handle(new FindCaseReview(CaseReviewId.random().toString()))).isEmpty();

        CaseReviewPage first = reviews.handle(new FindCaseReviews(null, 2, null));
        assertThat(first.items()).extracting(CaseReviewView::id).containsExactly(unrelated.toString(), mappa.toString());
        CaseReviewPage second = reviews.handle(new FindCaseReviews(null, 2,
                CaseReviewPage.after(first.next()).orElseThrow()));
        assertThat(second.items()).extracting(CaseReviewView::id).containsExactly(lscb.toString());
        assertThat(second.next()).isNull();
        assertThat(CaseReviewPage.after("not-a-cursor")).isEmpty();
        assertThat(CaseReviewPage.after(new uk.mappa.ledger.projections.Keyset("2026-05-01", lscb.toString())
                .encode(CaseReviewPage.LIST))).as("a date where an instant belongs").isEmpty();

        reviews.reset();
        assertThat(reviews.handle(new FindCaseReviews(null, 100, null)).items()).isEmpty();
    }
}
