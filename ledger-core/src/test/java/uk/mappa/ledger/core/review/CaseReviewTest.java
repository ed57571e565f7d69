package uk.mappa.ledger.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE;
import static uk.mappa.ledger.core.Fixtures.POLICE;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.Fixtures.WIRRAL_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.review.CaseReviewCommands.AgreeReviewTimescales;
import uk.mappa.ledger.core.review.CaseReviewCommands.RegisterCaseReview;
import uk.mappa.ledger.core.review.CaseReviewEvent.CaseReviewRegistered;
import uk.mappa.ledger.core.review.CaseReviewEvent.ReviewTimescalesAgreed;

/** Boards register reviews of cases by keyed digest, and agree timescales where two review the same case. */
class CaseReviewTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final LocalDate COMMISSIONED = LocalDate.parse("2026-06-01");
    static final CaseDigest CASE = new CaseDigest("a".repeat(64));
    static final CaseDigest OTHER_CASE = new CaseDigest("b".repeat(64));
    static final Actor SMB_CHAIR = new Actor("chair.merseyside-smb", SMB, Set.of(Role.CHAIR), MERSEYSIDE);

    FixtureConfiguration<CaseReview> fixture;
    CaseReviewId lscbReview = CaseReviewId.random();
    CaseReviewId mappaReview = CaseReviewId.random();
    CaseReviewId unrelated = CaseReviewId.random();
    CaseReviewId wirralReview = CaseReviewId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseReview.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        Map<CaseReviewId, ReviewTerms> reviews = Map.of(
                lscbReview, new ReviewTerms(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE),
                mappaReview, new ReviewTerms(mappaReview, SMB, ReviewKind.MAPPA_SERIOUS_CASE_REVIEW, CASE),
                unrelated, new ReviewTerms(unrelated, SMB, ReviewKind.MAPPA_SERIOUS_CASE_REVIEW, OTHER_CASE),
                wirralReview, new ReviewTerms(wirralReview, KNOWSLEY, ReviewKind.OTHER_REVIEW, CASE));
        fixture.registerInjectableResource((CaseReviews) id -> Optional.ofNullable(reviews.get(id)));
    }

    CaseReviewRegistered registered(CaseReviewId id, ReviewKind kind) {
        return new CaseReviewRegistered(id, id.equals(mappaReview) ? SMB : KNOWSLEY, kind, CASE, COMMISSIONED, "x");
    }

    @Test
    void aBoardsOfficerRegistersAReviewOfAKindTheBoardUndertakes() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE, COMMISSIONED,
                        NOW, KNOWSLEY_MANAGER))
                .expectEvents(new CaseReviewRegistered(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE,
                        COMMISSIONED, "manager.knowsley-lscb"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(mappaReview, SMB, ReviewKind.MAPPA_SERIOUS_CASE_REVIEW, CASE, COMMISSIONED,
                        NOW, SMB_CHAIR))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(mappaReview, SMB, ReviewKind.SERIOUS_CASE_REVIEW, CASE, COMMISSIONED,
                        NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("review-kind-not-for-board"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, KNOWSLEY, ReviewKind.MAPPA_SERIOUS_CASE_REVIEW, CASE,
                        COMMISSIONED, NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("review-kind-not-for-board"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, POLICE, ReviewKind.OTHER_REVIEW, CASE, COMMISSIONED, NOW,
                        Fixtures.manager(POLICE)))
                .expectNoEvents().expectException(violation("review-kind-not-for-board"));
    }

    @Test
    void onlyTheBoardsOwnOfficersRegisterAndOnlyWhatWasCommissioned() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE, COMMISSIONED,
                        NOW, WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-board-officer"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, new uk.mappa.ledger.core.body.BodyId("nowhere-lscb"),
                        ReviewKind.SERIOUS_CASE_REVIEW, CASE, COMMISSIONED, NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("unknown-body"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE,
                        LocalDate.parse("2026-06-16"), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("commissioned-in-future"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE,
                        LocalDate.parse("2026-06-15"), NOW, KNOWSLEY_MANAGER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aClosedBoardRegistersNoReview() {
        fixture = new AggregateTestFixture<>(CaseReview.class);
        fixture.registerInjectableResource((uk.mappa.ledger.core.body.BodyRegister) id -> Optional.of(
                new uk.mappa.ledger.core.body.RegisteredBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE,
                        uk.mappa.ledger.core.body.BodyStatus.CLOSED, null)));
        fixture.givenNoPriorActivity()
                .when(new RegisterCaseReview(lscbReview, KNOWSLEY, ReviewKind.SERIOUS_CASE_REVIEW, CASE, COMMISSIONED,
                        NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("body-not-open"));
    }

    @Test
    void twoBoardsReviewingTheSameCaseRecordTheTimescalesTheyAgreed() {
        AgreeReviewTimescales agreed = new AgreeReviewTimescales(lscbReview, mappaReview, LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-11-01"), " MAPPA review reports first; one chronology ", NOW, KNOWSLEY_MANAGER);
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(agreed)
                .expectEvents(new ReviewTimescalesAgreed(lscbReview, KNOWSLEY, mappaReview, SMB,
                        LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-01"),
                        "MAPPA review reports first; one chronology", "manager.knowsley-lscb"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, mappaReview, LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-11-01"), "x", NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-board-officer"));
    }

    @Test
    void timescalesAreAgreedOnlyWithAnotherBoardsReviewOfTheSameCaseAndAheadOfToday() {
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, unrelated, LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-11-01"), "x", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-a-review-of-the-same-case"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, CaseReviewId.random(), LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-11-01"), "x", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-a-review-of-the-same-case"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, lscbReview, LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-11-01"), "x", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-a-review-of-the-same-case"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, wirralReview, LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-11-01"), "x", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("same-board"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, mappaReview, LocalDate.parse("2026-06-14"),
                        LocalDate.parse("2026-11-01"), "x", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("timescale-in-past"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, mappaReview, LocalDate.parse("2026-06-15"),
                        LocalDate.parse("2026-06-14"), "x", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("timescale-in-past"));
        fixture.given(registered(lscbReview, ReviewKind.SERIOUS_CASE_REVIEW))
                .when(new AgreeReviewTimescales(lscbReview, mappaReview, LocalDate.parse("2026-06-15"),
                        LocalDate.parse("2026-06-15"), " ", NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("missing-arrangements"));
    }

    @Test
    void kindsSayWhichBoardsUndertakeThem() {
        assertThat(ReviewKind.OTHER_REVIEW.undertakenBy(BodyKind.SMB)).isTrue();
        assertThat(ReviewKind.OTHER_REVIEW.undertakenBy(BodyKind.LSCP)).isTrue();
        assertThat(ReviewKind.OTHER_REVIEW.undertakenBy(BodyKind.RA_AGENCY)).isFalse();
        assertThat(ReviewKind.CHILD_SAFEGUARDING_PRACTICE_REVIEW.undertakenBy(BodyKind.LSCP)).isTrue();
        assertThat(ReviewKind.CHILD_SAFEGUARDING_PRACTICE_REVIEW.undertakenBy(BodyKind.SMB)).isFalse();
        assertThat(ReviewKind.MAPPA_SERIOUS_CASE_REVIEW.undertakenBy(BodyKind.LSCB)).isFalse();
        assertThatThrownBy(() -> new CaseDigest("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaseDigest("0".repeat(64)).toString()).isEqualTo("0".repeat(64));
    }
}
