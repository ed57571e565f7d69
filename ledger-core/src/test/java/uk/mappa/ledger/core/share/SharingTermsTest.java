package uk.mappa.ledger.core.share;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.MOU_IN_FORCE;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.arrangement.ArrangementTerms;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.arrangement.HandlingArrangements;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.BodyStatus;
import uk.mappa.ledger.core.body.RegisteredBody;

/** The terms the source documents set on every share, beyond an agreement covering it. */
class SharingTermsTest {

    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final Instant SHARED = NOW.minusSeconds(3600);
    static final Actor SMB_COORDINATOR = new Actor("coordinator.merseyside-smb", SMB, Set.of(Role.MAPPA_COORDINATOR),
            MERSEYSIDE);
    static final Actor KNOWSLEY_COORDINATOR = new Actor("coordinator.knowsley", KNOWSLEY,
            Set.of(Role.MAPPA_COORDINATOR), MERSEYSIDE);

    FixtureConfiguration<Share> fixture;
    ShareId shareId = ShareId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        BodyRegister withWirralMerged = id -> id.equals(WIRRAL)
                ? Optional.of(new RegisteredBody(WIRRAL, "Wirral LSCB", uk.mappa.ledger.core.body.BodyKind.LSCB,
                        MERSEYSIDE, BodyStatus.MERGED, KNOWSLEY))
                : Fixtures.BODIES.find(id);
        fixture.registerInjectableResource(withWirralMerged);
        fixture.registerInjectableResource(Fixtures.agreements(MOU_IN_FORCE));
    }

    RecordShare share(Actor actor, BodyId provider, List<BodyId> recipients, Category category, LawfulBasis basis,
                      String purpose) {
        return new RecordShare(shareId, MOU, category, "Report", provider, recipients, basis, purpose,
                ProtectiveMarking.official(), null, new ContentDigest("b".repeat(64)), SHARED, null, NOW, actor);
    }

    @Test
    void theSmbsMappaCoordinatorRecordsItsStrategicShares() {
        fixture.givenNoPriorActivity()
                .when(share(SMB_COORDINATOR, SMB, List.of(KNOWSLEY), Category.ANNUAL_REPORT,
                        LawfulBasis.CJA_2003_S325, "Business planning"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCoordinatorRecordsNoCaseInformationAndNothingForABodyThatIsNotAnSmb() {
        fixture.givenNoPriorActivity()
                .when(share(SMB_COORDINATOR, SMB, List.of(KNOWSLEY), Category.CASE_INFORMATION,
                        LawfulBasis.CJA_2003_S325, "Review"))
                .expectNoEvents()
                .expectException(violation("not-provider-business-manager"));
        fixture.givenNoPriorActivity()
                .when(share(KNOWSLEY_COORDINATOR, KNOWSLEY, List.of(SMB), Category.ANNUAL_REPORT,
                        LawfulBasis.CJA_2003_S325, "Planning"))
                .expectException(violation("not-provider-business-manager"));
    }

    @Test
    void refusesALawfulBasisTheAgreementDoesNotRelyOn() {
        fixture.givenNoPriorActivity()
                .when(share(SMB_MANAGER, SMB, List.of(KNOWSLEY), Category.ANNUAL_REPORT,
                        LawfulBasis.CRIME_AND_DISORDER_ACT_1998_S115, "Planning"))
                .expectNoEvents()
                .expectException(violation("lawful-basis-not-in-agreement"));
    }

    @Test
    void refusesACorrectionToALawfulBasisTheAgreementDoesNotRelyOn() {
        fixture.given(new ShareRecorded(shareId, MOU, Category.ANNUAL_REPORT, "Report", SMB, List.of(KNOWSLEY),
                        LawfulBasis.CJA_2003_S325, "Planning", ProtectiveMarking.official(), null,
                        new ContentDigest("b".repeat(64)), SHARED, SHARED.plusSeconds(86_400), "manager.merseyside-smb"))
                .when(new CorrectShare(shareId, null, null, LawfulBasis.DPA_2018_PART_3, null, null, "Wrong basis",
                        NOW, SMB_MANAGER))
                .expectNoEvents()
                .expectException(violation("lawful-basis-not-in-agreement"));
    }

    @Test
    void performanceInformationNamesAServiceDevelopmentPurpose() {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(withTrendData()));
        fixture.registerInjectableResource(Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        fixture.givenNoPriorActivity()
                .when(share(SMB_MANAGER, SMB, List.of(KNOWSLEY), Category.TREND_DATA, LawfulBasis.CJA_2003_S325,
                        "COMPARATIVE_PERFORMANCE"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCorrectionKeepsPerformanceInformationToServiceDevelopment() {
        fixture.given(new ShareRecorded(shareId, MOU, Category.TREND_DATA, "Figures", SMB, List.of(KNOWSLEY),
                        LawfulBasis.CJA_2003_S325, "SERVICE_DEVELOPMENT", ProtectiveMarking.official(), null,
                        new ContentDigest("b".repeat(64)), SHARED, SHARED.plusSeconds(86_400), "manager.merseyside-smb"))
                .when(new CorrectShare(shareId, null, "Press release", null, null, null, "Wrong purpose", NOW,
                        SMB_MANAGER))
                .expectNoEvents()
                .expectException(violation("purpose-not-service-development"));
    }

    /** The MoU amended to cover performance information. */
    static List<uk.mappa.ledger.core.agreement.AgreementEvent> withTrendData() {
        return java.util.stream.Stream.concat(MOU_IN_FORCE.stream(), java.util.stream.Stream.of(
                new uk.mappa.ledger.core.agreement.AgreementAmended(MOU, 2, "Trend data", "Chair",
                        LocalDate.parse("2020-01-01"), List.of(Category.ANNUAL_REPORT, Category.TREND_DATA),
                        List.of(LawfulBasis.CJA_2003_S325), null, false, "ig", List.of(SMB, KNOWSLEY, WIRRAL))))
                .toList();
    }

    @Test
    void performanceInformationIsSharedForServiceDevelopmentOnly() {
        fixture.givenNoPriorActivity()
                .when(share(SMB_MANAGER, SMB, List.of(KNOWSLEY), Category.TREND_DATA, LawfulBasis.CJA_2003_S325,
                        "Press release"))
                .expectNoEvents()
                .expectException(violation("purpose-not-service-development"));
    }

    /** A fixture whose agreement requires arrangements, and which holds this one. */
    void withArrangement(ArrangementTerms arrangement) {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_REQUIRING_ARRANGEMENTS));
        fixture.registerInjectableResource((HandlingArrangements) id -> Optional.ofNullable(arrangement)
                .filter(found -> found.id().equals(id)));
        fixture.registerInjectableResource(Fixtures.NO_LINKS);
    }

    static final uk.mappa.ledger.core.review.CaseReviewId REVIEW = uk.mappa.ledger.core.review.CaseReviewId.random();

    /** The MoU's parties, with one case review registered by the given board. */
    void withReviewBy(uk.mappa.ledger.core.body.BodyId board) {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_IN_FORCE));
        fixture.registerInjectableResource(Fixtures.NO_ARRANGEMENTS);
        uk.mappa.ledger.core.review.ReviewTerms review = new uk.mappa.ledger.core.review.ReviewTerms(REVIEW, board,
                uk.mappa.ledger.core.review.ReviewKind.SERIOUS_CASE_REVIEW,
                new uk.mappa.ledger.core.review.CaseDigest("d".repeat(64)));
        fixture.registerInjectableResource(Fixtures.links(List.of(review), List.of()));
    }

    RecordShare learning(Category category, ShareLink link) {
        return new RecordShare(shareId, MOU, category, "Learning from a review", KNOWSLEY, List.of(SMB),
                LawfulBasis.CHILDREN_ACT_2004, "Learning", ProtectiveMarking.official(), null,
                new ContentDigest("c".repeat(64)), SHARED, null, NOW, Fixtures.KNOWSLEY_MANAGER, null, link);
    }

    static final java.util.UUID MINUTES_REQUEST = java.util.UUID.randomUUID();
    static final ContentDigest SUMMARY = new ContentDigest("f".repeat(64));

    /** Minutes of a meeting Knowsley's officer chaired, requested by the SMB, and the chair's decision on them. */
    void withMinutesRequest(boolean decided, boolean disclose, uk.mappa.ledger.core.body.BodyId requester) {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(withMinutes()));
        fixture.registerInjectableResource(Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(Fixtures.links(List.of(), List.of(new MinutesDisclosure(MINUTES_REQUEST,
                KNOWSLEY, requester, decided && disclose ? SUMMARY : null))));
    }

    static List<uk.mappa.ledger.core.agreement.AgreementEvent> withMinutes() {
        return java.util.stream.Stream.concat(Fixtures.MOU_IN_FORCE.stream(), java.util.stream.Stream.of(
                new uk.mappa.ledger.core.agreement.AgreementAmended(MOU, 2, "Minutes", "Chair",
                        LocalDate.parse("2020-01-01"), List.of(Category.MINUTES, Category.SCR_LEARNING),
                        Fixtures.MOU_DRAFTED.lawfulBases(), null, false, "ig.merseyside",
                        Fixtures.MOU_DRAFTED.parties()))).toList();
    }

    RecordShare summary(ShareLink link, List<uk.mappa.ledger.core.body.BodyId> recipients, ContentDigest content) {
        return new RecordShare(shareId, MOU, Category.MINUTES, "Executive summary", KNOWSLEY, recipients,
                LawfulBasis.CJA_2003_S325, "Disclosure agreed by the chair", ProtectiveMarking.official(), null,
                content, SHARED, null, NOW, Fixtures.KNOWSLEY_MANAGER, null, link);
    }

    @Test
    void minutesAreSharedOnlyAsTheExecutiveSummaryTheChairAgreedToTheBodyThatAsked() {
        ShareLink link = ShareLink.minutesRequest(MINUTES_REQUEST);
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity().when(summary(link, List.of(SMB), SUMMARY)).expectSuccessfulHandlerExecution();
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity().when(summary(link, List.of(SMB), new ContentDigest("c".repeat(64))))
                .expectNoEvents().expectException(violation("executive-summary-not-agreed"));
        withMinutesRequest(true, false, SMB);
        fixture.givenNoPriorActivity().when(summary(link, List.of(SMB), SUMMARY))
                .expectNoEvents().expectException(violation("executive-summary-not-agreed"));
        withMinutesRequest(false, false, SMB);
        fixture.givenNoPriorActivity().when(summary(link, List.of(SMB), SUMMARY))
                .expectNoEvents().expectException(violation("executive-summary-not-agreed"));
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity().when(summary(link, List.of(WIRRAL), SUMMARY))
                .expectNoEvents().expectException(violation("recipient-not-requester"));
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity().when(summary(link, List.of(SMB, WIRRAL), SUMMARY))
                .expectNoEvents().expectException(violation("recipient-not-requester"));
        withMinutesRequest(true, true, null);
        fixture.givenNoPriorActivity().when(summary(link, List.of(SMB), SUMMARY))
                .expectNoEvents().expectException(violation("recipient-not-requester"));
    }

    @Test
    void minutesNeedADecidedRequestOfTheChairingAgency() {
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity().when(summary(null, List.of(SMB), SUMMARY))
                .expectNoEvents().expectException(violation("minutes-request-required"));
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity().when(summary(ShareLink.caseReview(MINUTES_REQUEST), List.of(SMB), SUMMARY))
                .expectNoEvents().expectException(violation("minutes-request-required"));
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity()
                .when(summary(ShareLink.minutesRequest(java.util.UUID.randomUUID()), List.of(SMB), SUMMARY))
                .expectNoEvents().expectException(violation("minutes-request-not-found"));
        withMinutesRequest(true, true, KNOWSLEY);
        fixture.givenNoPriorActivity()
                .when(new RecordShare(shareId, MOU, Category.MINUTES, "Executive summary", SMB, List.of(KNOWSLEY),
                        LawfulBasis.CJA_2003_S325, "Disclosure", ProtectiveMarking.official(), null, SUMMARY, SHARED,
                        null, NOW, SMB_MANAGER, null, ShareLink.minutesRequest(MINUTES_REQUEST)))
                .expectNoEvents().expectException(violation("not-chairing-agency"));
        withMinutesRequest(true, true, SMB);
        fixture.givenNoPriorActivity()
                .when(learning(Category.SCR_LEARNING, ShareLink.minutesRequest(MINUTES_REQUEST)))
                .expectNoEvents().expectException(violation("link-not-for-category"));
    }

    @Test
    void learningNamesOnlyAReviewOfTheProvidersOwnBoard() {
        withReviewBy(KNOWSLEY);
        fixture.givenNoPriorActivity().when(learning(Category.SCR_LEARNING, ShareLink.caseReview(REVIEW.value())))
                .expectSuccessfulHandlerExecution();
        withReviewBy(KNOWSLEY);
        fixture.givenNoPriorActivity().when(learning(Category.SCR_LEARNING, null))
                .expectSuccessfulHandlerExecution();
        withReviewBy(KNOWSLEY);
        fixture.givenNoPriorActivity()
                .when(learning(Category.SCR_LEARNING, ShareLink.caseReview(java.util.UUID.randomUUID())))
                .expectNoEvents().expectException(violation("case-review-not-found"));
        withReviewBy(SMB);
        fixture.givenNoPriorActivity().when(learning(Category.SCR_LEARNING, ShareLink.caseReview(REVIEW.value())))
                .expectNoEvents().expectException(violation("not-reviewing-board"));
        withReviewBy(KNOWSLEY);
        fixture.givenNoPriorActivity().when(learning(Category.TRAINING, ShareLink.caseReview(REVIEW.value())))
                .expectNoEvents().expectException(violation("link-not-for-category"));
    }

    static final HandlingArrangementId ARRANGEMENT = HandlingArrangementId.random();

    static ArrangementTerms arrangement(List<BodyId> parties, LocalDate expiresOn, Instant endedAt) {
        return new ArrangementTerms(ARRANGEMENT, MOU, parties, "Joint review", "Secure system", "Panel members",
                Period.ofMonths(6), expiresOn, endedAt);
    }

    RecordShare caseInformation(HandlingArrangementId cited) {
        return new RecordShare(shareId, MOU, Category.CASE_INFORMATION, "Chronology", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "Joint review", ProtectiveMarking.official(), null,
                new ContentDigest("c".repeat(64)), SHARED, null, NOW, SMB_MANAGER, cited, null);
    }

    @Test
    void caseInformationIsSharedUnderAHandlingArrangementBetweenItsParties() {
        withArrangement(arrangement(List.of(SMB, KNOWSLEY), LocalDate.parse("2026-12-31"), null));
        fixture.givenNoPriorActivity().when(caseInformation(ARRANGEMENT)).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                        "handlingArrangement=" + ARRANGEMENT)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void refusesCaseInformationWithoutAnArrangementWhenTheAgreementRequiresOne() {
        withArrangement(null);
        fixture.givenNoPriorActivity().when(caseInformation(null))
                .expectNoEvents().expectException(violation("handling-arrangement-required"));
        fixture.givenNoPriorActivity().when(caseInformation(HandlingArrangementId.random()))
                .expectException(violation("handling-arrangement-not-found"));
        ArrangementTerms underAnotherAgreement = new ArrangementTerms(ARRANGEMENT,
                uk.mappa.ledger.core.agreement.AgreementId.random(), List.of(SMB, KNOWSLEY), "Review", "Secure",
                "Panel", Period.ofMonths(6), LocalDate.parse("2026-12-31"), null);
        withArrangement(underAnotherAgreement);
        fixture.givenNoPriorActivity().when(caseInformation(ARRANGEMENT))
                .expectException(violation("handling-arrangement-not-found"));
    }

    @Test
    void refusesAnArrangementEndedExpiredOrNotNamingEveryParty() {
        withArrangement(arrangement(List.of(SMB, KNOWSLEY), LocalDate.parse("2026-12-31"), SHARED.minusSeconds(1)));
        fixture.givenNoPriorActivity().when(caseInformation(ARRANGEMENT))
                .expectException(violation("handling-arrangement-not-in-force"));
        withArrangement(arrangement(List.of(SMB, KNOWSLEY), LocalDate.parse("2026-03-31"), null));
        fixture.givenNoPriorActivity().when(caseInformation(ARRANGEMENT))
                .expectException(violation("handling-arrangement-not-in-force"));
        withArrangement(arrangement(List.of(SMB, WIRRAL), LocalDate.parse("2026-12-31"), null));
        fixture.givenNoPriorActivity().when(caseInformation(ARRANGEMENT))
                .expectException(violation("handling-arrangement-not-covering"));
    }

    @Test
    void onlyCaseInformationCitesAnArrangement() {
        withArrangement(arrangement(List.of(SMB, KNOWSLEY), LocalDate.parse("2026-12-31"), null));
        fixture.givenNoPriorActivity()
                .when(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "Report", SMB, List.of(KNOWSLEY),
                        LawfulBasis.CJA_2003_S325, "Planning", ProtectiveMarking.official(), null,
                        new ContentDigest("c".repeat(64)), SHARED, null, NOW, SMB_MANAGER, ARRANGEMENT, null))
                .expectNoEvents()
                .expectException(violation("handling-arrangement-not-for-category"));
    }

    @Test
    void refusesAShareWithABodyThatWasMergedIntoAnother() {
        fixture.givenNoPriorActivity()
                .when(share(SMB_MANAGER, SMB, List.of(WIRRAL), Category.ANNUAL_REPORT, LawfulBasis.CJA_2003_S325,
                        "Planning"))
                .expectNoEvents()
                .expectException(violation("body-not-open"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("merged into knowsley-lscb"));
    }
}
