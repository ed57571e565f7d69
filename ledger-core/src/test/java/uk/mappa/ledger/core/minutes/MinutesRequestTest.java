package uk.mappa.ledger.core.minutes;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE;
import static uk.mappa.ledger.core.Fixtures.POLICE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.minutes.MinutesCommands.DecideMinutesRequest;
import uk.mappa.ledger.core.minutes.MinutesCommands.RequestMinutes;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided;
import uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested;
import uk.mappa.ledger.core.share.ContentDigest;

/** Requests for MAPPA minutes go to the meeting's chair, who decides with reasons what, if anything, to disclose. */
class MinutesRequestTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final LocalDate MEETING = LocalDate.parse("2026-05-20");
    static final LocalDate RECEIVED = LocalDate.parse("2026-06-10");
    static final ContentDigest SUMMARY = new ContentDigest("e".repeat(64));
    static final Actor COORDINATOR = new Actor("coord.merseyside-smb", SMB, Set.of(Role.MAPPA_COORDINATOR), MERSEYSIDE);
    static final Actor POLICE_CHAIR = new Actor("chair.merseyside-police", POLICE, Set.of(Role.CHAIR), MERSEYSIDE);

    FixtureConfiguration<MinutesRequest> fixture;
    MinutesRequestId id = MinutesRequestId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MinutesRequest.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
    }

    RequestMinutes request(Actor actor, Requester requester, uk.mappa.ledger.core.body.BodyId requesterBody) {
        return new RequestMinutes(id, SMB, POLICE, MEETING, 3, requester, requesterBody, " Child protection conference ",
                RECEIVED, NOW, actor);
    }

    MinutesRequested requested(Requester requester, uk.mappa.ledger.core.body.BodyId requesterBody) {
        return new MinutesRequested(id, SMB, POLICE, MEETING, 3, requester, requesterBody,
                "Child protection conference", RECEIVED, "coord.merseyside-smb");
    }

    @Test
    void aRequestFromAnAgencyOrAnOffenderIsReferredToTheChair() {
        fixture.givenNoPriorActivity()
                .when(request(COORDINATOR, Requester.AGENCY_NOT_ATTENDING, KNOWSLEY))
                .expectEvents(requested(Requester.AGENCY_NOT_ATTENDING, KNOWSLEY));
        fixture.givenNoPriorActivity()
                .when(request(COORDINATOR, Requester.OFFENDER_REPRESENTATIVE, null))
                .expectEvents(requested(Requester.OFFENDER_REPRESENTATIVE, null));
        fixture.givenNoPriorActivity()
                .when(request(SMB_MANAGER, Requester.OFFENDER, null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(request(Fixtures.manager(POLICE), Requester.OTHER_BODY, KNOWSLEY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBodyIsNamedOnlyForABodyAndMustBeRegistered() {
        fixture.givenNoPriorActivity()
                .when(request(COORDINATOR, Requester.AGENCY_NOT_ATTENDING, null))
                .expectNoEvents().expectException(violation("requester-body-mismatch"));
        fixture.givenNoPriorActivity()
                .when(request(COORDINATOR, Requester.OFFENDER, KNOWSLEY))
                .expectNoEvents().expectException(violation("requester-body-mismatch"));
        fixture.givenNoPriorActivity()
                .when(request(COORDINATOR, Requester.OTHER_BODY, new uk.mappa.ledger.core.body.BodyId("nowhere")))
                .expectNoEvents().expectException(violation("unknown-body"));
    }

    @Test
    void onlyTheMeetingsOwnOfficersRecordARequestOfAMeetingInTheirArea() {
        fixture.givenNoPriorActivity()
                .when(request(Fixtures.KNOWSLEY_MANAGER, Requester.OFFENDER, null))
                .expectNoEvents().expectException(violation("not-meeting-officer"));
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, KNOWSLEY, POLICE, MEETING, 3, Requester.OFFENDER, null, "x", RECEIVED, NOW,
                        COORDINATOR))
                .expectNoEvents().expectException(violation("not-an-smb"));
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, SMB, PORTSMOUTH, MEETING, 3, Requester.OFFENDER, null, "x", RECEIVED, NOW,
                        COORDINATOR))
                .expectNoEvents().expectException(violation("chair-outside-area"));
    }

    @Test
    void theMeetingAndRequestAreRealAndThePurposeGiven() {
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, SMB, POLICE, MEETING, 1, Requester.OFFENDER, null, "x", RECEIVED, NOW,
                        COORDINATOR))
                .expectNoEvents().expectException(violation("invalid-meeting-level"));
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, SMB, POLICE, MEETING, 4, Requester.OFFENDER, null, "x", RECEIVED, NOW,
                        COORDINATOR))
                .expectNoEvents().expectException(violation("invalid-meeting-level"));
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, SMB, POLICE, MEETING, 2, Requester.OFFENDER, null, "x",
                        LocalDate.parse("2026-06-16"), NOW, COORDINATOR))
                .expectNoEvents().expectException(violation("date-in-future"));
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, SMB, POLICE, LocalDate.parse("2026-06-16"), 2, Requester.OFFENDER, null,
                        "x", RECEIVED, NOW, COORDINATOR))
                .expectNoEvents().expectException(violation("date-in-future"));
        fixture.givenNoPriorActivity()
                .when(new RequestMinutes(id, SMB, POLICE, LocalDate.parse("2026-06-15"), 2, Requester.OFFENDER, null,
                        " ", LocalDate.parse("2026-06-15"), NOW, COORDINATOR))
                .expectNoEvents().expectException(violation("missing-purpose"));
    }

    @Test
    void theChairDecidesOnceWithReasonsAndDisclosesOnlyAnExecutiveSummary() {
        fixture.given(requested(Requester.AGENCY_NOT_ATTENDING, KNOWSLEY))
                .when(new DecideMinutesRequest(id, true, " Needed for the child protection plan ", SUMMARY, NOW,
                        POLICE_CHAIR))
                .expectEvents(new MinutesRequestDecided(id, SMB, POLICE, KNOWSLEY, true,
                        "Needed for the child protection plan", SUMMARY, "chair.merseyside-police"));
        fixture.given(requested(Requester.OFFENDER, null))
                .when(new DecideMinutesRequest(id, false, "Third-party information", null, NOW, POLICE_CHAIR))
                .expectEvents(new MinutesRequestDecided(id, SMB, POLICE, null, false, "Third-party information", null,
                        "chair.merseyside-police"));
        fixture.given(requested(Requester.OFFENDER, null),
                        new MinutesRequestDecided(id, SMB, POLICE, null, false, "No", null, "chair.merseyside-police"))
                .when(new DecideMinutesRequest(id, false, "Again", null, NOW, POLICE_CHAIR))
                .expectNoEvents().expectException(violation("already-decided"));
    }

    @Test
    void onlyTheChairDecidesAndADecisionMatchesItsSummary() {
        fixture.given(requested(Requester.OFFENDER, null))
                .when(new DecideMinutesRequest(id, true, "Yes", SUMMARY, NOW, COORDINATOR))
                .expectNoEvents().expectException(violation("not-meeting-chair"));
        fixture.given(requested(Requester.OFFENDER, null))
                .when(new DecideMinutesRequest(id, true, "Yes", SUMMARY, NOW,
                        new Actor("chair.merseyside-smb", SMB, Set.of(Role.CHAIR), MERSEYSIDE)))
                .expectNoEvents().expectException(violation("not-meeting-chair"));
        fixture.given(requested(Requester.OFFENDER, null))
                .when(new DecideMinutesRequest(id, true, "Yes", null, NOW, POLICE_CHAIR))
                .expectNoEvents().expectException(violation("executive-summary-mismatch"));
        fixture.given(requested(Requester.OFFENDER, null))
                .when(new DecideMinutesRequest(id, false, "No", SUMMARY, NOW, POLICE_CHAIR))
                .expectNoEvents().expectException(violation("executive-summary-mismatch"));
        fixture.given(requested(Requester.OFFENDER, null))
                .when(new DecideMinutesRequest(id, false, "", null, NOW, POLICE_CHAIR))
                .expectNoEvents().expectException(violation("missing-reasons"));
    }
}
