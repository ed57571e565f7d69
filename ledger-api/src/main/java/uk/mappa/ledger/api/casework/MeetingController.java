package uk.mappa.ledger.api.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.AggregateHistory;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.contact.Contacts;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.meeting.MeetingCommands.ConfirmAttendance;
import uk.mappa.ledger.core.meeting.MeetingCommands.NotifyMeeting;
import uk.mappa.ledger.core.meeting.MeetingCommands.RecordAttendance;
import uk.mappa.ledger.core.meeting.MeetingNotified;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.meeting.MeetingPage;
import uk.mappa.ledger.projections.meeting.MeetingQueries.FindMeetingNotices;
import uk.mappa.ledger.projections.meeting.MeetingView;

@RestController
@RequestMapping(path = "/api/mappa-meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "MAPPA meeting notices", description = "Notices to an agency's single point of contact, replies, attendance")
class MeetingController {

    record Notice(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String smbBodyId,
                  @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String agencyBodyId,
                  @NotNull Instant meetingAt, @NotNull @Min(2) @Max(3) Integer level,
                  @Size(max = 2000) String urgencyReason) {
    }

    record Confirmation(@NotBlank @Size(max = 300) String representativeRole) {
    }

    record Attendance(@NotNull Boolean attended, @Size(max = 2000) String explanation) {
    }

    private final Commands commands;
    private final AggregateHistory history;
    private final Queries queries;
    private final ReadAccess access;
    private final Contacts contacts;
    private final Clock clock;

    MeetingController(Commands commands, AggregateHistory history, Queries queries, ReadAccess access,
                      Contacts contacts, Clock clock) {
        this.commands = commands;
        this.history = history;
        this.queries = queries;
        this.access = access;
        this.contacts = contacts;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Notify an agency of a MAPPA meeting", description = "At least 14 days ahead, or with the"
            + " urgency that makes a shorter notice necessary recorded. It is addressed (addressedTo) to the agency's"
            + " children's services SPOC, or else its nominee for the meeting's level, as the post stands when read.")
    ResponseEntity<MeetingView> notice(@Valid @RequestBody Notice notice, Actor actor) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        MeetingView notified = commands.send(new NotifyMeeting(id, new BodyId(notice.smbBodyId()),
                        new BodyId(notice.agencyBodyId()), notice.meetingAt(), notice.level(), now,
                        notice.urgencyReason(), actor),
                () -> contacts.addressed(List.of(MeetingView.notified(history.first(id, MeetingNotified.class)
                        .orElseThrow()))).get(0));
        return ResponseEntity.created(URI.create("/api/mappa-meetings/" + id)).body(notified);
    }

    @PostMapping(path = "/{id}/attendance-confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm attendance", description = "The agency's SPOC names the role of its representative.")
    void confirm(@PathVariable String id, @Valid @RequestBody Confirmation confirmation, Actor actor) {
        send(id, actor, new ConfirmAttendance(id, confirmation.representativeRole(), clock.instant(), actor));
    }

    @PostMapping(path = "/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @Operation(summary = "Record attendance", description = "By the chair or MAPPA co-ordinator after the meeting. An"
            + " absence without explanation is escalated to the agency's line manager; a repeat to the MAPPA SMB.")
    void attendance(@PathVariable String id, @Valid @RequestBody Attendance attendance, Actor actor) {
        send(id, actor, new RecordAttendance(id, attendance.attended(), attendance.explanation(), clock.instant(), actor));
    }

    @ReadsModel("mappa-meetings")
    @GetMapping
    @Operation(summary = "Meeting notices", description = "Of the bodies the caller may see, the latest meeting"
            + " first, paged ('size', 'after'); 'escalated=true' for unexplained absences and where they were escalated.")
    MeetingPage notices(@RequestParam(defaultValue = "false") boolean escalated,
                        @RequestParam(required = false) String size, @RequestParam(required = false) String after,
                        Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, MeetingPage::after, violations);
        violations.throwIfAny();
        return queries.ask(new FindMeetingNotices(access.bodiesVisibleTo(actor), escalated, pageSize, cursor))
                .map(contacts::addressed);
    }

    /** A notice the actor may not see gets the same 404 as one that does not exist. */
    private void send(String id, Actor actor, Object command) {
        RuleViolation notFound = RuleViolation.notFound("meeting-not-found",
                "There is no MAPPA meeting notice " + id + " that you can see.");
        MeetingNotified notice = history.first(id, MeetingNotified.class).orElseThrow(() -> notFound);
        access.requireMayReadConcerning(actor, notice.bodiesInvolved(), notFound);
        commands.sendAbout(command, notFound);
    }
}
