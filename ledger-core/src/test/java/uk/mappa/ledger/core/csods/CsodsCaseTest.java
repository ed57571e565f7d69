package uk.mappa.ledger.core.csods;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static uk.mappa.ledger.core.Fixtures.CSODS_OFFICER;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.POLICE;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.csods.CsodsCommands.CloseCase;
import uk.mappa.ledger.core.csods.CsodsCommands.CompleteInitialChecks;
import uk.mappa.ledger.core.csods.CsodsCommands.CompleteRiskAssessment;
import uk.mappa.ledger.core.csods.CsodsCommands.DecideDisclosure;
import uk.mappa.ledger.core.csods.CsodsCommands.ExtendDeadline;
import uk.mappa.ledger.core.csods.CsodsCommands.HoldFaceToFaceMeeting;
import uk.mappa.ledger.core.csods.CsodsCommands.MakeDisclosure;
import uk.mappa.ledger.core.csods.CsodsCommands.ReceiveApplication;
import uk.mappa.ledger.core.csods.CsodsCommands.RecordUndertaking;
import uk.mappa.ledger.core.personal.InMemoryVault;
import uk.mappa.ledger.core.personal.PersonDetails;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectId;

class CsodsCaseTest {

    static final PersonDetails APPLICANT = new PersonDetails("Alex Applicant", LocalDate.parse("1985-01-01"), "1 High St");
    static final PersonDetails SUBJECT = new PersonDetails("Sam Subject", LocalDate.parse("1980-01-01"), "2 Low St");
    static final PersonDetails CHILD = new PersonDetails("Chris Child", LocalDate.parse("2018-01-01"), "1 High St");

    final CaseId caseId = CaseId.random();
    /** The fixture's own "now": deadlines are scheduled against the fixture's clock. */
    Instant receivedAt;
    final InMemoryVault vault = new InMemoryVault();
    AggregateTestFixture<CsodsCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CsodsCase.class);
        receivedAt = fixture.currentTime();
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(Fixtures.BODIES);
    }

    ReceiveApplication application() {
        return new ReceiveApplication(caseId, POLICE, APPLICANT, SUBJECT, List.of(CHILD), "Mother's new partner",
                receivedAt, CsodsTimeLimits.DEFAULTS, CSODS_OFFICER);
    }

    /** A received application as recorded, with sealed values that need not open. */
    CsodsApplicationReceived received() {
        SubjectId applicant = vault.newSubject(POLICE);
        SubjectId subject = vault.newSubject(POLICE);
        SubjectId child = vault.newSubject(POLICE);
        return new CsodsApplicationReceived(caseId, POLICE, new SealedPerson(applicant, vault.seal(applicant, "A"), null, null),
                new SealedPerson(subject, vault.seal(subject, "S"), null, null),
                List.of(new SealedPerson(child, vault.seal(child, "C"), null, null)), vault.seal(applicant, "partner"),
                receivedAt, CsodsTimeLimits.DEFAULTS.dueDates(receivedAt), "csods.merseyside-police");
    }

    Object[] throughRiskAssessment() {
        return new Object[] {received(),
                new CsodsInitialChecksCompleted(caseId, POLICE, receivedAt.plus(Duration.ofHours(20)), "o"),
                new CsodsFaceToFaceMeetingHeld(caseId, POLICE, receivedAt.plus(Duration.ofDays(8)), true, "o"),
                new CsodsRiskAssessmentCompleted(caseId, POLICE, receivedAt.plus(Duration.ofDays(20)), 1, 2, "o")};
    }

    Object[] withDecision(boolean disclose) {
        Object[] before = throughRiskAssessment();
        Object[] events = java.util.Arrays.copyOf(before, before.length + 1);
        events[before.length] = new CsodsDisclosureDecided(caseId, POLICE, receivedAt.plus(Duration.ofDays(25)), disclose,
                new Sealed(new SubjectId(java.util.UUID.randomUUID()), "x"), List.of("Detective Inspector"),
                List.of(KNOWSLEY), "o");
        return events;
    }

    @Test
    void anApplicationIsRecordedWithEveryNameSealedAndItsTimeLimitsScheduled() {
        fixture.givenNoPriorActivity()
                .when(application())
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(allOf(
                        instanceOf(CsodsApplicationReceived.class),
                        not(hasToString(containsString("Alex Applicant"))),
                        not(hasToString(containsString("Sam Subject"))),
                        not(hasToString(containsString("Chris Child"))),
                        not(hasToString(containsString("partner")))), Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(receivedAt.plus(Duration.ofHours(24)), "csods-initial-checks")
                .expectScheduledDeadlineWithName(receivedAt.plus(Duration.ofDays(45)), "csods-whole-case");
    }

    @Test
    void onlyTheForcesCsodsOfficersRunItsCases() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(caseId, POLICE, APPLICANT, SUBJECT, List.of(CHILD), "x", receivedAt,
                        CsodsTimeLimits.DEFAULTS, Fixtures.KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-csods-officer"));
    }

    @Test
    void stagesHappenOnlyInOrder() {
        fixture.given(received())
                .when(new CompleteRiskAssessment(caseId, receivedAt.plusSeconds(60), 1, 1, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("stage-out-of-order"));
        fixture.given(received())
                .when(new CompleteInitialChecks(caseId, receivedAt.minusSeconds(60), CSODS_OFFICER))
                .expectNoEvents().expectException(violation("stage-before-previous"));
        fixture.given(received(), new CsodsInitialChecksCompleted(caseId, POLICE, receivedAt.plusSeconds(60), "o"))
                .when(new HoldFaceToFaceMeeting(caseId, receivedAt.plus(Duration.ofDays(2)), false, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("identity-not-verified"));
    }

    @Test
    void aDisclosureWithoutADecisionToDiscloseIsRefused() {
        fixture.given(throughRiskAssessment())
                .when(new MakeDisclosure(caseId, receivedAt.plus(Duration.ofDays(30)), null, true, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("no-decision-to-disclose"));
        fixture.given(withDecision(false))
                .when(new MakeDisclosure(caseId, receivedAt.plus(Duration.ofDays(30)), null, true, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("no-decision-to-disclose"));
    }

    @Test
    void theDisclosureIsMadeInPersonToThePersonBestPlacedAndTheirDetailsAreSealed() {
        fixture.given(withDecision(true))
                .when(new MakeDisclosure(caseId, receivedAt.plus(Duration.ofDays(30)),
                        new PersonDetails("Pat Grandparent", null, null), true, CSODS_OFFICER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(allOf(
                        instanceOf(CsodsDisclosureMade.class), hasToString(containsString("recipientIsApplicant=false")),
                        not(hasToString(containsString("Pat Grandparent")))), Matchers.andNoMore())));
        fixture.given(withDecision(true))
                .when(new MakeDisclosure(caseId, receivedAt.plus(Duration.ofDays(30)), null, false, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("disclosure-not-in-person"));
    }

    @Test
    void aCaseClosesAfterTheUndertakingOrAfterADecisionNotToDisclose() {
        fixture.given(withDecision(false))
                .when(new CloseCase(caseId, receivedAt.plus(Duration.ofDays(40)), CSODS_OFFICER))
                .expectEvents(new CsodsCaseClosed(caseId, POLICE, receivedAt.plus(Duration.ofDays(40)), false,
                        "csods.merseyside-police"));
        fixture.given(withDecision(true))
                .when(new CloseCase(caseId, receivedAt.plus(Duration.ofDays(40)), CSODS_OFFICER))
                .expectNoEvents().expectException(violation("case-not-ready-to-close"));
    }

    @Test
    void disclosingWithoutAnUndertakingNeedsARecordedReason() {
        Object[] decided = withDecision(true);
        Object[] disclosed = java.util.Arrays.copyOf(decided, decided.length + 1);
        SubjectId recipient = vault.newSubject(POLICE);
        disclosed[decided.length] = new CsodsDisclosureMade(caseId, POLICE, receivedAt.plus(Duration.ofDays(30)),
                new SealedPerson(recipient, null, null, null), false, true, "o");
        fixture.given(disclosed)
                .when(new RecordUndertaking(caseId, receivedAt.plus(Duration.ofDays(30)), false, " ", CSODS_OFFICER))
                .expectNoEvents().expectException(violation("missing-reasonWithout"));
        fixture.given(disclosed)
                .when(new RecordUndertaking(caseId, receivedAt.plus(Duration.ofDays(30)), true, null, CSODS_OFFICER))
                .expectEvents(new CsodsUndertakingRecorded(caseId, POLICE, receivedAt.plus(Duration.ofDays(30)), true,
                        null, "csods.merseyside-police"));
    }

    @Test
    void aTimeLimitPassedBeforeItsStageIsRecordedAsMissed() {
        fixture.givenCommands(application())
                .whenTimeElapses(Duration.ofHours(25))
                .expectEvents(new CsodsDeadlineMissed(caseId, POLICE, CsodsDeadline.INITIAL_CHECKS,
                        receivedAt.plus(Duration.ofHours(24))));
    }

    @Test
    void aTimeLimitMetInTimeIsNotMissed() {
        fixture.givenCommands(application(),
                        new CompleteInitialChecks(caseId, receivedAt.plus(Duration.ofHours(2)), CSODS_OFFICER))
                .whenTimeElapses(Duration.ofHours(25))
                .expectNoEvents();
    }

    @Test
    void anExtensionNeedsAReasonAndMovesTheDeadline() {
        Instant later = receivedAt.plus(Duration.ofHours(72));
        fixture.givenCommands(application())
                .when(new ExtendDeadline(caseId, CsodsDeadline.INITIAL_CHECKS, later, " ", receivedAt, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("missing-reason"));
        fixture.givenCommands(application(),
                        new ExtendDeadline(caseId, CsodsDeadline.INITIAL_CHECKS, later, "Applicant in hospital",
                                receivedAt, CSODS_OFFICER))
                .whenTimeElapses(Duration.ofHours(25))
                .expectNoEvents();
        fixture.givenCommands(application(),
                        new ExtendDeadline(caseId, CsodsDeadline.INITIAL_CHECKS, later, "Applicant in hospital",
                                receivedAt, CSODS_OFFICER))
                .whenTimeElapses(Duration.ofHours(73))
                .expectEvents(new CsodsDeadlineMissed(caseId, POLICE, CsodsDeadline.INITIAL_CHECKS, later));
    }

    @Test
    void timeLimitsDefaultAsTheSchemeSays() {
        Map<CsodsDeadline, Instant> due = CsodsTimeLimits.DEFAULTS.dueDates(receivedAt);
        org.assertj.core.api.Assertions.assertThat(due.get(CsodsDeadline.FACE_TO_FACE)).isEqualTo(receivedAt.plus(Duration.ofDays(10)));
        org.assertj.core.api.Assertions.assertThat(due.get(CsodsDeadline.RISK_ASSESSMENT)).isEqualTo(receivedAt.plus(Duration.ofDays(28)));
    }

    @Test
    void anApplicationIsRunByAPoliceForceAndConcernsAChild() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(caseId, KNOWSLEY, APPLICANT, SUBJECT, List.of(CHILD), "x", receivedAt,
                        CsodsTimeLimits.DEFAULTS, new uk.mappa.ledger.core.actor.Actor("o", KNOWSLEY,
                        java.util.Set.of(uk.mappa.ledger.core.actor.Role.CSODS_OFFICER), Fixtures.MERSEYSIDE)))
                .expectNoEvents().expectException(violation("not-a-police-force"));
        fixture.givenNoPriorActivity()
                .when(new ReceiveApplication(caseId, POLICE, APPLICANT, SUBJECT, List.of(), "x", receivedAt,
                        CsodsTimeLimits.DEFAULTS, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("no-children"));
    }

    @Test
    void aDecisionNamesItsMakersAndRegisteredAgenciesAndTheAssessmentItsMappaFacts() {
        Object[] assessed = throughRiskAssessment();
        fixture.given(assessed)
                .when(new DecideDisclosure(caseId, receivedAt.plus(Duration.ofDays(21)), true, "why", List.of(),
                        List.of(), CSODS_OFFICER))
                .expectNoEvents().expectException(violation("no-decision-makers"));
        fixture.given(assessed)
                .when(new DecideDisclosure(caseId, receivedAt.plus(Duration.ofDays(21)), true, "why",
                        List.of("DI"), List.of(new uk.mappa.ledger.core.body.BodyId("atlantis-lscb")), CSODS_OFFICER))
                .expectNoEvents().expectException(violation("unknown-body"));
        fixture.given(received(), new CsodsInitialChecksCompleted(caseId, POLICE, receivedAt.plusSeconds(60), "o"),
                        new CsodsFaceToFaceMeetingHeld(caseId, POLICE, receivedAt.plusSeconds(120), true, "o"))
                .when(new CompleteRiskAssessment(caseId, receivedAt.plusSeconds(180), 4, null, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("invalid-mappaCategory"));
    }

    @Test
    void aClosedCaseTakesNoMoreStages() {
        Object[] decided = withDecision(false);
        Object[] closed = java.util.Arrays.copyOf(decided, decided.length + 1);
        closed[decided.length] = new CsodsCaseClosed(caseId, POLICE, receivedAt.plus(Duration.ofDays(30)), false, "o");
        fixture.given(closed)
                .when(new CloseCase(caseId, receivedAt.plus(Duration.ofDays(31)), CSODS_OFFICER))
                .expectNoEvents().expectException(violation("case-not-ready-to-close"));
        fixture.given(closed)
                .when(new CompleteInitialChecks(caseId, receivedAt.plus(Duration.ofDays(31)), CSODS_OFFICER))
                .expectNoEvents().expectException(violation("case-closed"));
    }

    @Test
    void anExtensionMustMoveAnUnmetDeadlineLater() {
        fixture.given(received())
                .when(new ExtendDeadline(caseId, CsodsDeadline.INITIAL_CHECKS, receivedAt, "reason", receivedAt,
                        CSODS_OFFICER))
                .expectNoEvents().expectException(violation("extension-not-later"));
        fixture.given(received(), new CsodsInitialChecksCompleted(caseId, POLICE, receivedAt.plusSeconds(60), "o"))
                .when(new ExtendDeadline(caseId, CsodsDeadline.INITIAL_CHECKS, receivedAt.plus(Duration.ofDays(3)),
                        "reason", receivedAt, CSODS_OFFICER))
                .expectNoEvents().expectException(violation("deadline-already-met"));
    }
}
