package uk.mappa.ledger.projections.meeting;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;
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
    MeetingPage handle(FindMeetingNotices query) {
        Specification<MeetingEntity> matching = (notice, criteria, builder) -> {
            if (query.bodies() == null) {
                return builder.conjunction();
            }
            List<String> bodies = query.bodies().stream().map(BodyId::value).toList();
            return builder.or(notice.get("smb").in(bodies), notice.get("agency").in(bodies));
        };
        if (query.escalatedOnly()) {
            matching = matching.and((notice, criteria, builder) -> builder.isNotNull(notice.get("escalatedTo")));
        }
        if (query.after() != null) {
            matching = matching.and(query.after().nextInDescendingOrder("meetingAt", Instant::parse, "id",
                    Function.identity()));
        }
        List<MeetingView> found = meetings.findBy(matching, page -> page.sortBy(
                Sort.by(Sort.Direction.DESC, "meetingAt", "id")).limit(query.size() + 1).all())
                .stream().map(MeetingEntity::toView).toList();
        Page.Slice<MeetingView> slice = Page.slice(found, query.size(),
                view -> new Keyset(view.meetingAt().toString(), view.noticeId()).encode(MeetingPage.LIST));
        return new MeetingPage(slice.items(), slice.next());
    }

    @QueryHandler
    Integer handle(CountUnexplainedAbsences query) {
        return (int) meetings.countByAgencyAndAttendedFalseAndExplainedFalse(query.agency().value());
    }
}
