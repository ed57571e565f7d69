package uk.mappa.ledger.core.foi;

import static uk.mappa.ledger.core.Fixtures.HAMPSHIRE;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE;
import static uk.mappa.ledger.core.Fixtures.POLICE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.Fixtures.WIRRAL_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.foi.FoiCommands.InformInterestedParty;
import uk.mappa.ledger.core.foi.FoiCommands.LogFoiRequest;
import uk.mappa.ledger.core.foi.FoiCommands.RecordFoiConsultation;
import uk.mappa.ledger.core.foi.FoiCommands.RecordInterestedPartyView;
import uk.mappa.ledger.core.foi.FoiCommands.ReleaseFoiResponse;
import uk.mappa.ledger.core.foi.FoiEvent.FoiConsulted;
import uk.mappa.ledger.core.foi.FoiEvent.FoiPartyInformed;
import uk.mappa.ledger.core.foi.FoiEvent.FoiPartyViewRecorded;
import uk.mappa.ledger.core.foi.FoiEvent.FoiRequestLogged;
import uk.mappa.ledger.core.foi.FoiEvent.FoiResponseReleased;

/** An FOI request involving a MAPPA case: due date, consultations, interested parties heard, then release. */
class FoiRequestTest {

    static final Instant NOW = Instant.parse("2026-06-25T10:00:00Z");
    static final LocalDate RECEIVED = LocalDate.parse("2026-06-01");
    static final LocalDate DUE = LocalDate.parse("2026-06-29");
    static final List<BodyId> PARTIES = List.of(KNOWSLEY, SMB, POLICE, WIRRAL);
    static final Actor KNOWSLEY_CHAIR = new Actor("chair.knowsley-lscb", KNOWSLEY, Set.of(Role.CHAIR), MERSEYSIDE);

    FixtureConfiguration<FoiRequest> fixture;
    FoiRequestId id = FoiRequestId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FoiRequest.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
    }

    LogFoiRequest log(Actor actor, BodyId smb, BodyId police, List<BodyId> interested, LocalDate receivedOn) {
        return new LogFoiRequest(id, KNOWSLEY, receivedOn, " Numbers of MAPPA meetings about one family ", smb, police,
                interested, NOW, actor);
    }

    FoiRequestLogged logged() {
        return new FoiRequestLogged(id, KNOWSLEY, RECEIVED, DUE, "Numbers of MAPPA meetings about one family", SMB,
                POLICE, List.of(WIRRAL), "manager.knowsley-lscb");
    }

    Object[] readyToRelease() {
        return new Object[] {logged(),
                new FoiConsulted(id, PARTIES, Consultee.MAPPA_COORDINATOR, SMB, "Withhold names", "m"),
                new FoiConsulted(id, PARTIES, Consultee.POLICE_LEAD, POLICE, "s.31 applies", "m"),
                new FoiPartyInformed(id, PARTIES, WIRRAL, "Released in part", "m"),
                new FoiPartyViewRecorded(id, PARTIES, WIRRAL, "Content", "m")};
    }

    @Test
    void aRequestIsLoggedWithItsStatutoryDueDate() {
        fixture.givenNoPriorActivity()
                .when(log(KNOWSLEY_MANAGER, SMB, POLICE, List.of(WIRRAL), RECEIVED))
                .expectEvents(logged());
        fixture.givenNoPriorActivity()
                .when(log(KNOWSLEY_CHAIR, SMB, POLICE, List.of(), RECEIVED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theReceivingBodyLogsItWithTheSmbAndPoliceOfItsArea() {
        fixture.givenNoPriorActivity().when(log(WIRRAL_MANAGER, SMB, POLICE, List.of(), RECEIVED))
                .expectNoEvents().expectException(violation("not-receiving-body-officer"));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, WIRRAL, POLICE, List.of(), RECEIVED))
                .expectNoEvents().expectException(violation("not-the-areas-smb"));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, SMB, WIRRAL, List.of(), RECEIVED))
                .expectNoEvents().expectException(violation("not-the-areas-police"));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, SMB, POLICE, List.of(new BodyId("nowhere")), RECEIVED))
                .expectNoEvents().expectException(violation("unknown-body"));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, SMB, POLICE, List.of(WIRRAL, WIRRAL), RECEIVED))
                .expectNoEvents().expectException(violation("duplicate-party"));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, SMB, POLICE, List.of(KNOWSLEY), RECEIVED))
                .expectNoEvents().expectException(violation("duplicate-party"));
        fixture.givenNoPriorActivity()
                .when(log(KNOWSLEY_MANAGER, SMB, POLICE, List.of(), LocalDate.parse("2026-06-26")))
                .expectNoEvents().expectException(violation("received-in-future"));
        fixture.givenNoPriorActivity()
                .when(new LogFoiRequest(id, KNOWSLEY, RECEIVED, " ", SMB, POLICE, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("missing-summary"));
    }

    @Test
    void anSmbOrPoliceOfAnotherAreaIsNotConsulted() {
        fixture = new AggregateTestFixture<>(FoiRequest.class);
        fixture.registerInjectableResource((uk.mappa.ledger.core.body.BodyRegister) body -> java.util.Optional.of(
                body.equals(SMB) ? new uk.mappa.ledger.core.body.RegisteredBody(SMB, "Other SMB",
                        uk.mappa.ledger.core.body.BodyKind.SMB, HAMPSHIRE)
                        : body.equals(POLICE) ? new uk.mappa.ledger.core.body.RegisteredBody(POLICE, "Other police",
                        uk.mappa.ledger.core.body.BodyKind.RA_AGENCY, HAMPSHIRE)
                        : Fixtures.BODIES.find(body).orElseThrow()));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, SMB, POLICE, List.of(), RECEIVED))
                .expectNoEvents().expectException(violation("not-the-areas-smb"));
        fixture.givenNoPriorActivity().when(log(KNOWSLEY_MANAGER, new BodyId("merseyside-smb"), PORTSMOUTH, List.of(),
                        RECEIVED))
                .expectNoEvents().expectException(violation("not-the-areas-smb"));
    }

    @Test
    void theCoordinatorAndPoliceLeadAreConsultedAndPartiesToldAndHeard() {
        fixture.given(logged())
                .when(new RecordFoiConsultation(id, Consultee.POLICE_LEAD, " s.31 applies ", KNOWSLEY_MANAGER))
                .expectEvents(new FoiConsulted(id, PARTIES, Consultee.POLICE_LEAD, POLICE, "s.31 applies",
                        "manager.knowsley-lscb"));
        fixture.given(logged())
                .when(new RecordFoiConsultation(id, Consultee.MAPPA_COORDINATOR, "Withhold names", KNOWSLEY_MANAGER))
                .expectEvents(new FoiConsulted(id, PARTIES, Consultee.MAPPA_COORDINATOR, SMB, "Withhold names",
                        "manager.knowsley-lscb"));
        fixture.given(logged())
                .when(new InformInterestedParty(id, WIRRAL, "Released in part", KNOWSLEY_MANAGER))
                .expectEvents(new FoiPartyInformed(id, PARTIES, WIRRAL, "Released in part", "manager.knowsley-lscb"));
        fixture.given(logged(), new FoiPartyInformed(id, PARTIES, WIRRAL, "Released in part", "m"))
                .when(new RecordInterestedPartyView(id, WIRRAL, "Content", KNOWSLEY_MANAGER))
                .expectEvents(new FoiPartyViewRecorded(id, PARTIES, WIRRAL, "Content", "manager.knowsley-lscb"));
    }

    @Test
    void onlyInterestedPartiesAreHeardAndOnlyOnceTold() {
        fixture.given(logged()).when(new RecordInterestedPartyView(id, WIRRAL, "Content", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("party-not-informed"));
        fixture.given(logged()).when(new InformInterestedParty(id, PORTSMOUTH, "x", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-an-interested-party"));
        fixture.given(logged()).when(new RecordInterestedPartyView(id, PORTSMOUTH, "x", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-an-interested-party"));
        fixture.given(logged()).when(new InformInterestedParty(id, WIRRAL, " ", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("missing-likelyResponse"));
        fixture.given(logged()).when(new RecordFoiConsultation(id, Consultee.POLICE_LEAD, "x", WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-receiving-body-officer"));
        fixture.given(logged()).when(new InformInterestedParty(id, WIRRAL, "x", WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-receiving-body-officer"));
        fixture.given(logged(), new FoiPartyInformed(id, PARTIES, WIRRAL, "x", "m"))
                .when(new RecordInterestedPartyView(id, WIRRAL, "Content", WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-receiving-body-officer"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.NOT_HELD, List.of(), NOW, WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-receiving-body-officer"));
    }

    @Test
    void theResponseIsReleasedOnlyAfterEveryConsultationAndView() {
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, LocalDate.parse("2026-06-25"), FoiOutcome.RELEASED_IN_PART,
                        List.of(" s.40(2) personal information "), NOW, KNOWSLEY_MANAGER))
                .expectEvents(new FoiResponseReleased(id, PARTIES, LocalDate.parse("2026-06-25"),
                        FoiOutcome.RELEASED_IN_PART, List.of("s.40(2) personal information"), false,
                        "manager.knowsley-lscb"));
        Object[] ready = readyToRelease();
        fixture.given(ready[0], ready[2], ready[3], ready[4])
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.NOT_HELD, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("consultation-missing"));
        fixture.given(ready[0], ready[1], ready[3], ready[4])
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.NOT_HELD, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("consultation-missing"));
        fixture.given(ready[0], ready[1], ready[2], ready[3])
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.NOT_HELD, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("interested-party-not-heard"));
        fixture.given(ready[0], ready[1], ready[2], ready[3], ready[4],
                        new FoiPartyInformed(id, PARTIES, WIRRAL, "Now withheld", "m"))
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.NOT_HELD, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("interested-party-not-heard"));
    }

    @Test
    void aLateReleaseIsRecordedAsLateAndTheResponseOnce() {
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, LocalDate.parse("2026-06-30"), FoiOutcome.RELEASED_IN_FULL, List.of(),
                        Instant.parse("2026-07-01T10:00:00Z"), KNOWSLEY_MANAGER))
                .expectEvents(new FoiResponseReleased(id, PARTIES, LocalDate.parse("2026-06-30"),
                        FoiOutcome.RELEASED_IN_FULL, List.of(), true, "manager.knowsley-lscb"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, DUE, FoiOutcome.RELEASED_IN_FULL, List.of(),
                        Instant.parse("2026-07-01T10:00:00Z"), KNOWSLEY_MANAGER))
                .expectEvents(new FoiResponseReleased(id, PARTIES, DUE, FoiOutcome.RELEASED_IN_FULL, List.of(), false,
                        "manager.knowsley-lscb"));
        Object[] released = java.util.stream.Stream.concat(java.util.Arrays.stream(readyToRelease()),
                java.util.stream.Stream.of(new FoiResponseReleased(id, PARTIES, DUE, FoiOutcome.WITHHELD,
                        List.of("s.31"), false, "m"))).toArray();
        fixture.given(released)
                .when(new ReleaseFoiResponse(id, DUE, FoiOutcome.WITHHELD, List.of("s.31"), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("foi-response-released"));
        fixture.given(released)
                .when(new RecordFoiConsultation(id, Consultee.POLICE_LEAD, "Later view", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("foi-response-released"));
    }

    @Test
    void exemptionsAreNamedExactlyWhenInformationIsWithheldAndTheDateIsReal() {
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.WITHHELD, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("exemptions-mismatch"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.RELEASED_IN_FULL, List.of("s.40"), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("exemptions-mismatch"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.WITHHELD,
                        java.util.Collections.nCopies(FoiRequest.MAX_EXEMPTIONS + 1, "s.40"), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("too-many-exemptions"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.WITHHELD,
                        java.util.Collections.nCopies(FoiRequest.MAX_EXEMPTIONS, "s.40"), NOW, KNOWSLEY_MANAGER))
                .expectSuccessfulHandlerExecution();
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.RELEASED_IN_PART, List.of(" "), NOW,
                        KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("missing-exemption"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, LocalDate.parse("2026-05-31"), FoiOutcome.NOT_HELD, List.of(), NOW,
                        KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("invalid-release-date"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, LocalDate.parse("2026-06-26"), FoiOutcome.NOT_HELD, List.of(), NOW,
                        KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("invalid-release-date"));
        fixture.given(readyToRelease())
                .when(new ReleaseFoiResponse(id, RECEIVED, FoiOutcome.NOT_HELD, List.of(), NOW, KNOWSLEY_MANAGER))
                .expectSuccessfulHandlerExecution();
    }
}
