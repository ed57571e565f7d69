package uk.mappa.ledger.core.meeting;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.meeting.MeetingCommands.ConfirmAttendance;
import uk.mappa.ledger.core.meeting.MeetingCommands.NotifyMeeting;
import uk.mappa.ledger.core.meeting.MeetingCommands.RecordAttendance;

class MeetingNoticeTest {

    static final Instant NOTICE = Instant.parse("2026-04-01T09:00:00Z");
    static final Instant MEETING = NOTICE.plus(Duration.ofDays(15));
    static final Actor COORDINATOR = new Actor("coord", SMB, Set.of(Role.MAPPA_COORDINATOR), Fixtures.MERSEYSIDE);
    static final Actor SPOC = new Actor("spoc", KNOWSLEY, Set.of(Role.SPOC), Fixtures.MERSEYSIDE);

    FixtureConfiguration<MeetingNotice> fixture;
    int previousAbsences;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingNotice.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource((AttendanceHistory) agency -> previousAbsences);
    }

    MeetingNotified notified() {
        return new MeetingNotified("m-1", SMB, KNOWSLEY, MEETING, 2, NOTICE, null, "coord");
    }

    @Test
    void aMeetingIsNotifiedAtLeastFourteenDaysAhead() {
        fixture.givenNoPriorActivity()
                .when(new NotifyMeeting("m-1", SMB, KNOWSLEY, MEETING, 2, NOTICE, null, COORDINATOR))
                .expectEvents(notified());
    }

    @Test
    void shortNoticeNeedsARecordedUrgency() {
        Instant soon = NOTICE.plus(Duration.ofDays(3));
        fixture.givenNoPriorActivity()
                .when(new NotifyMeeting("m-1", SMB, KNOWSLEY, soon, 3, NOTICE, " ", COORDINATOR))
                .expectNoEvents().expectException(violation("short-notice-without-urgency"));
        fixture.givenNoPriorActivity()
                .when(new NotifyMeeting("m-1", SMB, KNOWSLEY, soon, 3, NOTICE, "Release from custody on Friday",
                        COORDINATOR))
                .expectEvents(new MeetingNotified("m-1", SMB, KNOWSLEY, soon, 3, NOTICE,
                        "Release from custody on Friday", "coord"));
    }

    @Test
    void theSpocConfirmsWithTheRepresentativesRoleBeforeTheMeeting() {
        fixture.given(notified())
                .when(new ConfirmAttendance("m-1", "Team manager, children's social care", NOTICE.plusSeconds(60), SPOC))
                .expectEvents(new AttendanceConfirmed("m-1", SMB, KNOWSLEY, "Team manager, children's social care",
                        NOTICE.plusSeconds(60), "spoc"));
        fixture.given(notified())
                .when(new ConfirmAttendance("m-1", "Team manager", MEETING.plusSeconds(60), SPOC))
                .expectNoEvents().expectException(violation("meeting-already-held"));
    }

    @Test
    void aFirstUnexplainedAbsenceGoesToTheAgencysLineManagerARepeatToTheSmb() {
        previousAbsences = 0;
        fixture.given(notified())
                .when(new RecordAttendance("m-1", false, null, MEETING.plusSeconds(3600), COORDINATOR))
                .expectEvents(new AttendanceRecorded("m-1", SMB, KNOWSLEY, false, false, null,
                                MEETING.plusSeconds(3600), "coord"),
                        new NonAttendanceEscalated("m-1", SMB, KNOWSLEY, NonAttendanceEscalated.TO_LINE_MANAGER, 1));
        previousAbsences = 1;
        fixture.given(notified())
                .when(new RecordAttendance("m-1", false, null, MEETING.plusSeconds(3600), COORDINATOR))
                .expectEvents(new AttendanceRecorded("m-1", SMB, KNOWSLEY, false, false, null,
                                MEETING.plusSeconds(3600), "coord"),
                        new NonAttendanceEscalated("m-1", SMB, KNOWSLEY, NonAttendanceEscalated.TO_SMB, 2));
    }

    @Test
    void anExplainedAbsenceIsNotEscalated() {
        fixture.given(notified())
                .when(new RecordAttendance("m-1", false, "Representative taken ill; papers sent", MEETING.plusSeconds(60),
                        COORDINATOR))
                .expectEvents(new AttendanceRecorded("m-1", SMB, KNOWSLEY, false, true,
                        "Representative taken ill; papers sent", MEETING.plusSeconds(60), "coord"));
        fixture.given(notified())
                .when(new RecordAttendance("m-1", true, null, NOTICE.plusSeconds(60), COORDINATOR))
                .expectNoEvents().expectException(violation("meeting-not-held"));
    }

    @Test
    void aNoticeIsForALevelTwoOrThreeMeetingAfterTheNotice() {
        fixture.givenNoPriorActivity()
                .when(new NotifyMeeting("m-1", SMB, KNOWSLEY, MEETING, 1, NOTICE, null, COORDINATOR))
                .expectNoEvents().expectException(violation("invalid-level"));
        fixture.givenNoPriorActivity()
                .when(new NotifyMeeting("m-1", SMB, KNOWSLEY, NOTICE.minusSeconds(60), 2, NOTICE, "urgent", COORDINATOR))
                .expectNoEvents().expectException(violation("meeting-in-past"));
    }

    @Test
    void onlyTheAgencyConfirmsAndOnlyTheChairOrCoordinatorRecordsAttendanceOnce() {
        fixture.given(notified())
                .when(new ConfirmAttendance("m-1", "Team manager", NOTICE.plusSeconds(60), COORDINATOR))
                .expectNoEvents().expectException(violation("not-agency-spoc"));
        fixture.given(notified())
                .when(new RecordAttendance("m-1", true, null, MEETING.plusSeconds(60), SPOC))
                .expectNoEvents().expectException(violation("not-meeting-chair"));
        fixture.given(notified(), new AttendanceRecorded("m-1", SMB, KNOWSLEY, true, true, null, MEETING, "coord"))
                .when(new RecordAttendance("m-1", true, null, MEETING.plusSeconds(60), COORDINATOR))
                .expectNoEvents().expectException(violation("attendance-already-recorded"));
    }
}
