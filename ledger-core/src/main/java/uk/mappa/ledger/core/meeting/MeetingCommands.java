package uk.mappa.ledger.core.meeting;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** Notifying an agency's SPOC of a MAPPA meeting, its reply, and the attendance. */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    public record NotifyMeeting(@TargetAggregateIdentifier String noticeId, BodyId smb, BodyId agency,
                                Instant meetingAt, int level, Instant noticeAt, String urgencyReason, Actor actor) {

        public NotifyMeeting {
            Objects.requireNonNull(noticeId, "noticeId");
            Objects.requireNonNull(smb, "smb");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(meetingAt, "meetingAt");
            Objects.requireNonNull(noticeAt, "noticeAt");
            Objects.requireNonNull(actor, "actor");
        }
    }

    public record ConfirmAttendance(@TargetAggregateIdentifier String noticeId, String representativeRole, Instant at,
                                    Actor actor) {
    }

    public record RecordAttendance(@TargetAggregateIdentifier String noticeId, boolean attended, String explanation,
                                   Instant at, Actor actor) {
    }
}
