package uk.mappa.ledger.core.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.meeting.MeetingCommands.ConfirmAttendance;
import uk.mappa.ledger.core.meeting.MeetingCommands.NotifyMeeting;
import uk.mappa.ledger.core.meeting.MeetingCommands.RecordAttendance;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A MAPPA meeting notification to an agency's single point of contact (Merseyside procedure 7.3): sent at
 * least 14 days ahead unless urgent, answered with a confirmation of attendance, and an unexplained
 * absence escalated, to the SMB when it is a repeat.
 */
public class MeetingNotice {

    static final Duration MINIMUM_NOTICE = Duration.ofDays(14);
    static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private String id;
    private BodyId smb;
    private BodyId agency;
    private Instant meetingAt;
    private boolean attendanceRecorded;

    protected MeetingNotice() {
        // for Axon
    }

    @CommandHandler
    public MeetingNotice(NotifyMeeting command, BodyRegister bodies) {
        requireCoordinatorOf(command.actor(), command.smb());
        bodies.find(command.smb()).filter(body -> body.kind() == BodyKind.SMB).orElseThrow(() ->
                RuleViolation.unprocessable("not-an-smb", command.smb() + " is not a registered SMB."));
        if (bodies.find(command.agency()).isEmpty()) {
            throw RuleViolation.unprocessable("unknown-body", "The agency '" + command.agency()
                    + "' is not in the register of bodies.");
        }
        if (command.level() != 2 && command.level() != 3) {
            throw RuleViolation.unprocessable("invalid-level", "MAPPA meetings are held at level 2 or 3.");
        }
        if (!command.meetingAt().isAfter(command.noticeAt())) {
            throw RuleViolation.unprocessable("meeting-in-past", "The meeting must be after the notice.");
        }
        boolean shortNotice = Duration.between(command.noticeAt(), command.meetingAt()).compareTo(MINIMUM_NOTICE) < 0;
        String urgency = command.urgencyReason() == null || command.urgencyReason().isBlank() ? null
                : command.urgencyReason().strip();
        if (shortNotice && urgency == null) {
            throw RuleViolation.unprocessable("short-notice-without-urgency", "Give at least 14 days' notice, or"
                    + " record the urgency that makes a shorter notice necessary (and telephone the SPOC).");
        }
        apply(new MeetingNotified(command.noticeId(), command.smb(), command.agency(), command.meetingAt(),
                command.level(), command.noticeAt(), shortNotice ? urgency : null, command.actor().userId()));
    }

    @CommandHandler
    void handle(ConfirmAttendance command) {
        Actor actor = command.actor();
        if (!actor.actsFor(agency, Role.SPOC) && !actor.actsFor(agency, Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-agency-spoc", "Only the single point of contact of " + agency
                    + " confirms its attendance.");
        }
        if (command.representativeRole() == null || command.representativeRole().isBlank()) {
            throw RuleViolation.unprocessable("missing-representativeRole", "Name the role of the representative.");
        }
        if (!command.at().isBefore(meetingAt)) {
            throw RuleViolation.unprocessable("meeting-already-held", "Attendance is confirmed before the meeting.");
        }
        apply(new AttendanceConfirmed(id, smb, agency, command.representativeRole().strip(), command.at(),
                actor.userId()));
    }

    @CommandHandler
    void handle(RecordAttendance command, AttendanceHistory history) {
        Actor actor = command.actor();
        if (!actor.actsFor(smb, Role.MAPPA_COORDINATOR) && !actor.actsFor(smb, Role.CHAIR)) {
            throw RuleViolation.forbidden("not-meeting-chair", "The chair or MAPPA co-ordinator of " + smb
                    + " records attendance.");
        }
        if (attendanceRecorded) {
            throw RuleViolation.conflict("attendance-already-recorded", "Attendance at this meeting is already recorded.");
        }
        if (command.at().isBefore(meetingAt)) {
            throw RuleViolation.unprocessable("meeting-not-held", "Attendance is recorded once the meeting has been held.");
        }
        String explanation = command.explanation() == null || command.explanation().isBlank() ? null
                : command.explanation().strip();
        if (explanation != null && explanation.length() > MAX_TEXT) {
            throw RuleViolation.unprocessable("explanation-too-long", "The explanation is at most " + MAX_TEXT + " characters.");
        }
        boolean explained = command.attended() || explanation != null;
        int previous = command.attended() || explained ? 0 : history.unexplainedAbsences(agency);
        apply(new AttendanceRecorded(id, smb, agency, command.attended(), explained,
                command.attended() ? null : explanation, command.at(), actor.userId()));
        if (!explained) {
            apply(new NonAttendanceEscalated(id, smb, agency, previous == 0 ? NonAttendanceEscalated.TO_LINE_MANAGER
                    : NonAttendanceEscalated.TO_SMB, previous + 1));
        }
    }

    private static void requireCoordinatorOf(Actor actor, BodyId smb) {
        if (!actor.actsFor(smb, Role.MAPPA_COORDINATOR) && !actor.actsFor(smb, Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-smb-coordinator", "Only the MAPPA co-ordinator or business manager of "
                    + smb + " notifies its meetings.");
        }
    }

    @EventSourcingHandler
    void on(MeetingNotified event) {
        id = event.noticeId();
        smb = event.smb();
        agency = event.agency();
        meetingAt = event.meetingAt();
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendanceRecorded = true;
    }
}
