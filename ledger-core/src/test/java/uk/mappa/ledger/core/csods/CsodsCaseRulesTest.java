package uk.mappa.ledger.core.csods;

import static uk.mappa.ledger.core.Fixtures.CSODS_OFFICER;
import static uk.mappa.ledger.core.Fixtures.POLICE;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.csods.CsodsCommands.CloseCase;
import uk.mappa.ledger.core.csods.CsodsCommands.CompleteInitialChecks;
import uk.mappa.ledger.core.csods.CsodsCommands.CompleteRiskAssessment;
import uk.mappa.ledger.core.csods.CsodsCommands.DecideDisclosure;
import uk.mappa.ledger.core.csods.CsodsCommands.ExtendDeadline;
import uk.mappa.ledger.core.csods.CsodsCommands.HoldFaceToFaceMeeting;
import uk.mappa.ledger.core.csods.CsodsCommands.MakeDisclosure;
import uk.mappa.ledger.core.csods.CsodsCommands.ReceiveApplication;
import uk.mappa.ledger.core.csods.CsodsCommands.RecordUndertaking;
import uk.mappa.ledger.core.personal.PersonDetails;

/** Each rule of a CSODS case at its edge: who may act, in which order, with which facts. */
class CsodsCaseRulesTest {

    static final PersonDetails NAMED = new PersonDetails("Alex Applicant", LocalDate.parse("1985-01-01"), null);
    static final PersonDetails NAMELESS = new PersonDetails(" ", null, null);
    static final Actor FORCE_MANAGER = new Actor("manager.merseyside-police", POLICE, Set.of(Role.BUSINESS_MANAGER),
            Fixtures.MERSEYSIDE);

    final CsodsCaseTest stages = new CsodsCaseTest();
    AggregateTestFixture<CsodsCase> fixture;
    CaseId caseId;
    Instant receivedAt;

    @BeforeEach
    void setUp() {
        stages.setUp();
        fixture = stages.fixture;
        caseId = stages.caseId;
        receivedAt = stages.receivedAt;
    }

    Instant day(int days) {
        return receivedAt.plus(Duration.ofDays(days));
    }

    ReceiveApplication application(PersonDetails applicant, PersonDetails subject, List<PersonDetails> children,
                                   String relationship) {
        return new ReceiveApplication(caseId, POLICE, applicant, subject, children, relationship, receivedAt,
                CsodsTimeLimits.DEFAULTS, CSODS_OFFICER);
    }

    Object[] through(int stagesDone) {
        CsodsApplicationReceived received = stages.received();
        Object[] all = {received,
                new CsodsInitialChecksCompleted(caseId, POLICE, day(1), "o"),
                new CsodsFaceToFaceMeetingHeld(caseId, POLICE, day(8), true, "o"),
                new CsodsRiskAssessmentCompleted(caseId, POLICE, day(20), 1, 2, "o"),
                new CsodsDisclosureDecided(caseId, POLICE, day(21), true, null, List.of("DI"), List.of(), "o"),
                new CsodsDisclosureMade(caseId, POLICE, day(22), new uk.mappa.ledger.core.personal.SealedPerson(
                        received.applicant().subjectId(), null, null, null), true, true, "o"),
                new CsodsUndertakingRecorded(caseId, POLICE, day(23), true, null, "o"),
                new CsodsCaseClosed(caseId, POLICE, day(24), true, "o")};
        return java.util.Arrays.copyOf(all, stagesDone + 1);
    }

    @Test
    void everyPersonNeedsANameAndTheRelationshipIsStated() {
        fixture.givenNoPriorActivity().when(application(NAMELESS, NAMED, List.of(NAMED), "Partner"))
                .expectException(violation("missing-applicant"));
        fixture.givenNoPriorActivity().when(application(NAMED, NAMELESS, List.of(NAMED), "Partner"))
                .expectException(violation("missing-subject"));
        fixture.givenNoPriorActivity().when(application(NAMED, NAMED, List.of(NAMED, NAMELESS), "Partner"))
                .expectException(violation("missing-child"));
        fixture.givenNoPriorActivity().when(application(NAMED, NAMED, List.of(NAMED), " "))
                .expectException(violation("missing-relationship"));
        fixture.givenNoPriorActivity().when(application(NAMED, NAMED, List.of(NAMED), "x".repeat(CsodsCase.MAX_TEXT + 1)))
                .expectException(violation("relationship-too-long"));
        fixture.givenNoPriorActivity().when(application(NAMED, NAMED, List.of(NAMED), "x".repeat(CsodsCase.MAX_TEXT)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void eachStageFollowsTheOneBeforeIt() {
        fixture.given(through(0)).when(new HoldFaceToFaceMeeting(caseId, day(2), true, CSODS_OFFICER))
                .expectException(violation("stage-out-of-order"));
        fixture.given(through(1)).when(new DecideDisclosure(caseId, day(2), true, "why", List.of("DI"), List.of(),
                CSODS_OFFICER)).expectException(violation("stage-out-of-order"));
        fixture.given(through(4)).when(new RecordUndertaking(caseId, day(30), true, null, CSODS_OFFICER))
                .expectException(violation("stage-out-of-order"));
        fixture.given(through(4)).when(new MakeDisclosure(caseId, day(20), null, true, CSODS_OFFICER))
                .expectException(violation("stage-before-previous"));
        fixture.given(through(6)).when(new CloseCase(caseId, day(22), CSODS_OFFICER))
                .expectException(violation("stage-before-previous"));
        fixture.given(through(7)).when(new CloseCase(caseId, day(30), CSODS_OFFICER))
                .expectException(violation("case-not-ready-to-close"));
    }

    @Test
    void onlyTheForcesCsodsOfficersActOnACaseAtAnyStage() {
        fixture.given(through(0)).when(new CompleteInitialChecks(caseId, day(1), FORCE_MANAGER))
                .expectException(violation("not-csods-officer"));
        fixture.given(through(4)).when(new MakeDisclosure(caseId, day(30), null, true, FORCE_MANAGER))
                .expectException(violation("not-csods-officer"));
        fixture.given(through(0)).when(new ExtendDeadline(caseId, CsodsDeadline.WHOLE_CASE, day(90), "Exceptional",
                receivedAt, FORCE_MANAGER)).expectException(violation("not-csods-officer"));
        fixture.given(through(6)).when(new CloseCase(caseId, day(30), FORCE_MANAGER))
                .expectException(violation("not-csods-officer"));
    }

    @Test
    void aDecisionStatesItsRationale() {
        fixture.given(through(3)).when(new DecideDisclosure(caseId, day(21), true, " ", List.of("DI"), List.of(),
                CSODS_OFFICER)).expectException(violation("missing-rationale"));
    }

    @Test
    void mappaCategoryAndLevelAreOneToThree() {
        for (int valid : new int[] {1, 3}) {
            fixture.given(through(2)).when(new CompleteRiskAssessment(caseId, day(20), valid, valid, CSODS_OFFICER))
                    .expectSuccessfulHandlerExecution();
        }
        fixture.given(through(2)).when(new CompleteRiskAssessment(caseId, day(20), null, null, CSODS_OFFICER))
                .expectSuccessfulHandlerExecution();
        fixture.given(through(2)).when(new CompleteRiskAssessment(caseId, day(20), 0, 1, CSODS_OFFICER))
                .expectException(violation("invalid-mappaCategory"));
        fixture.given(through(2)).when(new CompleteRiskAssessment(caseId, day(20), 1, 4, CSODS_OFFICER))
                .expectException(violation("invalid-mappaLevel"));
        fixture.given(through(2)).when(new CompleteRiskAssessment(caseId, day(20), 1, 0, CSODS_OFFICER))
                .expectException(violation("invalid-mappaLevel"));
    }

    @Test
    void aDisclosureToSomeoneOtherThanTheApplicantNamesThem() {
        fixture.given(through(4)).when(new MakeDisclosure(caseId, day(30), NAMELESS, true, CSODS_OFFICER))
                .expectException(violation("missing-recipient"));
        fixture.given(through(4)).when(new MakeDisclosure(caseId, day(30), NAMED, true, CSODS_OFFICER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new CustomMatcher<Object>("a disclosure to someone other than the applicant") {
                            @Override
                            public boolean matches(Object item) {
                                return item instanceof CsodsDisclosureMade made && !made.recipientIsApplicant();
                            }
                        }, Matchers.andNoMore())));
        fixture.given(through(4)).when(new MakeDisclosure(caseId, day(30), null, true, CSODS_OFFICER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new CustomMatcher<Object>("a disclosure to the applicant") {
                            @Override
                            public boolean matches(Object item) {
                                return item instanceof CsodsDisclosureMade made && made.recipientIsApplicant();
                            }
                        }, Matchers.andNoMore())));
    }
}
