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

        MeetingView m1 = meetings.handle(new MeetingQueries.FindMeetingNotices(null, false, 100, null)).items().stream()
                .filter(view -> view.noticeId().equals("m1")).findFirst().orElseThrow();
        assertThat(m1.confirmedRepresentativeRole()).isEqualTo("Team manager");
        assertThat(m1.attended()).isFalse();
        assertThat(m1.escalatedTo()).isEqualTo(NonAttendanceEscalated.TO_LINE_MANAGER);
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(null, false, 100, null)).items())
                .extracting(MeetingView::noticeId).containsExactly("m2", "m1");
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(null, true, 100, null)).items())
                .extracting(MeetingView::noticeId).containsExactly("m1");
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(WIRRAL), false, 100, null)).items())
                .extracting(MeetingView::noticeId).containsExactly("m2");
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(SMB), false, 100, null)).items()).hasSize(2);
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(HAMPSHIRE), false, 100, null)).items()).isEmpty();
        assertThat(meetings.handle(new MeetingQueries.CountUnexplainedAbsences(KNOWSLEY))).isEqualTo(1);
        assertThat(meetings.handle(new MeetingQueries.CountUnexplainedAbsences(WIRRAL))).isZero();

        meetings.reset();
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(null, false, 100, null)).items()).isEmpty();
    }

    @Test
    void noticesArePagedLatestMeetingFirst() {
        for (int i = 0; i < 5; i++) {
            meetings.on(new MeetingNotified(id(i), SMB, i % 2 == 0 ? KNOWSLEY : WIRRAL, AT.plusSeconds(i % 3), 2, AT,
                    null, "coord"));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        MeetingPage page = meetings.handle(new MeetingQueries.FindMeetingNotices(null, false, 2, null));
        while (true) {
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(view -> seen.add(view.noticeId()));
            if (page.next() == null) {
                break;
            }
            page = meetings.handle(new MeetingQueries.FindMeetingNotices(null, false, 2,
                    MeetingPage.after(page.next()).orElseThrow()));
        }
        assertThat(seen).containsExactly(id(2), id(4), id(1), id(3), id(0));
        MeetingPage wirral = meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(WIRRAL), false, 1, null));
        assertThat(wirral.items()).extracting(MeetingView::noticeId).containsExactly(id(1));
        assertThat(meetings.handle(new MeetingQueries.FindMeetingNotices(Set.of(WIRRAL), false, 5,
                MeetingPage.after(wirral.next()).orElseThrow())).items())
                .extracting(MeetingView::noticeId).containsExactly(id(3));
    }

    static String id(int n) {
        return new java.util.UUID(0, n).toString();
    }

    @Test
    void anExplainedAbsenceIsNotCounted() {
        meetings.on(new MeetingNotified("m3", SMB, KNOWSLEY, AT, 2, AT, null, "coord"));
        meetings.on(new AttendanceRecorded("m3", SMB, KNOWSLEY, false, true, "Ill", AT, "chair"));
        assertThat(meetings.handle(new MeetingQueries.CountUnexplainedAbsences(KNOWSLEY))).isZero();
    }
}
