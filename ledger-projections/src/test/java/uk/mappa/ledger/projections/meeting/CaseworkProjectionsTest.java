package uk.mappa.ledger.projections.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.meeting.AttendanceConfirmed;
import uk.mappa.ledger.core.meeting.AttendanceRecorded;
import uk.mappa.ledger.core.meeting.MeetingNotified;
import uk.mappa.ledger.core.meeting.NonAttendanceEscalated;

/** MAPPA meeting notices: the agency's reply, attendance, escalations, and who may list them. */
@DataJpaTest
class CaseworkProjectionsTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final BodyId HAMPSHIRE = new BodyId("hampshire-iow-smb");
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    @Autowired
    MeetingRepository repository;
    MeetingProjection meetings;

    @BeforeEach
    void setUp() {
        meetings = new MeetingProjection(repository);
    }

    @Test
    void aNoticeCarriesItsReplyAttendanceAndEscalation() {
        meetings.on(new MeetingNotified("m1", SMB, KNOWSLEY, AT, 3, AT.minusSeconds(86_400 * 20), null, "coord"));
        meetings.on(new MeetingNotified("m2", SMB, WIRRAL, AT.plusSeconds(60), 2, AT, "Release", "coord"));
        meetings.on(new AttendanceConfirmed("m1", SMB, KNOWSLEY, "Team manager", AT, "kim"));
        meetings.on(new AttendanceRecorded("m1", SMB, KNOWSLEY, false, false, null, AT, "chair"));
        meetings.on(new NonAttendanceEscalated("m1", SMB, KNOWSLEY, NonAttendanceEscalated.TO_LINE_MANAGER, 1));
        meetings.on(new AttendanceConfirmed("unknown", SMB, KNOWSLEY, "x", AT, "kim"));

        MeetingView m1 = meetings.handle(new MeetingQueries.FindMeetingNotices(null, false)).stream()
                .filter(view -> view.noticeId().equals("m1")).findFirst().orElseThrow();
        assertThat(m1.confirmedRepresentativeRole()).isEqualTo("Team manager");
        assertThat(m1.attended()).isFalse();
        assertThat(m1.escalatedTo()).isEqualTo(NonAttendanceEscalated.TO_LINE_MANAGER);
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(null, false)))
                .extracting(MeetingView::noticeId).containsExactly("m2", "m1");
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(null, true)))
                .extracting(MeetingView::noticeId).containsExactly("m1");
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(WIRRAL), false)))
                .extracting(MeetingView::noticeId).containsExactly("m2");
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(SMB), false))).hasSize(2);
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(HAMPSHIRE), false))).isEmpty();
        assertThat(meetings.handle(new MeetingQueries.CountUnexplainedAbsences(KNOWSLEY))).isEqualTo(1);
        assertThat(meetings.handle(new MeetingQueries.CountUnexplainedAbsences(WIRRAL))).isZero();

        meetings.reset();
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(null, false))).isEmpty();
    }

    @Test
    void anExplainedAbsenceIsNotCounted() {
        meetings.on(new MeetingNotified("m3", SMB, KNOWSLEY, AT, 2, AT, null, "coord"));
        meetings.on(new AttendanceRecorded("m3", SMB, KNOWSLEY, false, true, "Ill", AT, "chair"));
        assertThat(meetings.handle(new MeetingQueries.CountUnexplainedAbsences(KNOWSLEY))).isZero();
    }
}
