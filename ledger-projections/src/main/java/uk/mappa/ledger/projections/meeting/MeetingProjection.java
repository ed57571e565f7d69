package uk.mappa.ledger.projections.meeting;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.meeting.AttendanceConfirmed;
import uk.mappa.ledger.core.meeting.AttendanceRecorded;
import uk.mappa.ledger.core.meeting.MeetingNotified;
import uk.mappa.ledger.core.meeting.NonAttendanceEscalated;
import uk.mappa.ledger.projections.meeting.MeetingQueries.CountUnexplainedAbsences;
import uk.mappa.ledger.projections.meeting.MeetingQueries.FindMeetingNotices;

/** MAPPA meeting notices, replies and attendance, and each agency's unexplained absences. */
@Component
@ProcessingGroup(MeetingProjection.NAME)
class MeetingProjection {

    static final String NAME = "mappa-meetings";

    private final MeetingRepository meetings;

    MeetingProjection(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(MeetingNotified event) {
        meetings.save(new MeetingEntity(MeetingView.notified(event)));
    }

    @EventHandler
    void on(AttendanceConfirmed event) {
        meetings.findById(event.noticeId()).ifPresent(entity -> {
            entity.confirm(event.representativeRole());
            meetings.save(entity);
        });
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        meetings.findById(event.noticeId()).ifPresent(entity -> {
            entity.attendance(event.attended(), event.explained());
            meetings.save(entity);
        });
    }

    @EventHandler
    void on(NonAttendanceEscalated event) {
        meetings.findById(event.noticeId()).ifPresent(entity -> {
            entity.escalate(event.to());
            meetings.save(entity);
        });
    }

    @ResetHandler
    void reset() {
        meetings.deleteAllInBatch();
    }

    @QueryHandler
    List<MeetingView> handle(FindMeetingNotices query) {
        return meetings.findAllByOrderByMeetingAtDesc().stream().map(MeetingEntity::toView)
                .filter(view -> !query.escalatedOnly() || view.escalatedTo() != null)
                .filter(view -> query.bodies() == null || query.bodies().contains(new BodyId(view.smbBodyId()))
                        || query.bodies().contains(new BodyId(view.agencyBodyId())))
                .toList();
    }

    @QueryHandler
    Integer handle(CountUnexplainedAbsences query) {
        return (int) meetings.countByAgencyAndAttendedFalseAndExplainedFalse(query.agency().value());
    }
}
