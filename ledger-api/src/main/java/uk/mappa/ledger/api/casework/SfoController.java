package uk.mappa.ledger.api.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
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
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.sfo.SfoCommands.AcknowledgeSfo;
import uk.mappa.ledger.core.sfo.SfoCommands.NotifySfo;
import uk.mappa.ledger.core.sfo.SfoNotified;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.sfo.FindSfoNotifications;
import uk.mappa.ledger.projections.sfo.SfoPage;
import uk.mappa.ledger.projections.sfo.SfoView;

@RestController
@RequestMapping(path = "/api/sfo-notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SFO notifications", description = "Urgent Serious Further Offence notifications from an SMB to an LSCB")
class SfoController {

    /** A notification; {@code summary} is case detail and is stored encrypted. */
    record Notification(@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String smbBodyId,
                        @NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String lscbBodyId,
                        @NotNull @Pattern(regexp = "CHAIR|BUSINESS_MANAGER", message = "must be CHAIR or BUSINESS_MANAGER")
                        String recipientRole,
                        @NotNull Boolean childInvolved, @NotNull Boolean riskToChildren,
                        @NotBlank @Size(max = 4000) String summary) {
    }

    private final Commands commands;
    private final AggregateHistory history;
    private final Queries queries;
    private final ReadAccess access;
    private final Clock clock;
    private final Contacts contacts;
    private final Duration acknowledgeWithin;
    private final Duration thenChairWithin;

    SfoController(Commands commands, AggregateHistory history, Queries queries, ReadAccess access,
                  Contacts contacts, Clock clock,
                  @Value("${ledger.sfo.acknowledge-within:PT24H}") Duration acknowledgeWithin,
                  @Value("${ledger.sfo.escalate-to-chair-after:PT24H}") Duration thenChairWithin) {
        this.commands = commands;
        this.history = history;
        this.queries = queries;
        this.access = access;
        this.contacts = contacts;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
        this.thenChairWithin = thenChairWithin;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Notify an LSCB of an SFO", description = "By the SMB's MAPPA co-ordinator or business"
            + " manager, when a child was involved or the offender poses a risk to children. Unacknowledged after"
            + " ledger.sfo.acknowledge-within (24 h) it escalates to the MAPPA co-ordinator, and after a further"
            + " ledger.sfo.escalate-to-chair-after (24 h) to the SMB chair.")
    ResponseEntity<SfoView> notify(@Valid @RequestBody Notification notification, Actor actor) {
        String id = UUID.randomUUID().toString();
        var notifiedAt = clock.instant();
        SfoView notified = commands.send(new NotifySfo(id, new BodyId(notification.smbBodyId()),
                        new BodyId(notification.lscbBodyId()), notification.recipientRole(),
                        notification.childInvolved(), notification.riskToChildren(), notification.summary(),
                        notifiedAt, acknowledgeWithin, thenChairWithin, actor),
                () -> contacts.withLeads(List.of(SfoView.notified(history.first(id, SfoNotified.class).orElseThrow())))
                        .get(0));
        return ResponseEntity.created(URI.create("/api/sfo-notifications/" + id)).body(notified);
    }

    @PostMapping("/{id}/acknowledgement")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @Operation(summary = "Acknowledge an SFO notification", description = "By the LSCB's chair or business manager.")
    void acknowledge(@PathVariable String id, Actor actor) {
        // A notification the actor may not see gets the same 404 as one that does not exist.
        RuleViolation notFound = RuleViolation.notFound("sfo-not-found",
                "There is no SFO notification " + id + " that you can see.");
        SfoNotified notified = history.first(id, SfoNotified.class).orElseThrow(() -> notFound);
        access.requireMayReadConcerning(actor, notified.bodiesInvolved(), notFound);
        commands.sendAbout(new AcknowledgeSfo(id, clock.instant(), actor), notFound);
    }

    @ReadsModel("sfo-notifications")
    @GetMapping
    @Operation(summary = "SFO notifications", description = "Of the bodies the caller may see, newest first, paged"
            + " ('size', 'after'); 'escalated=true' for the MAPPA co-ordinator's list of those not acknowledged in time.")
    SfoPage notifications(@RequestParam(defaultValue = "false") boolean escalated,
                          @RequestParam(required = false) String size, @RequestParam(required = false) String after,
                          Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Keyset cursor = RequestParameters.cursor(after, SfoPage::after, violations);
        violations.throwIfAny();
        return queries.ask(new FindSfoNotifications(access.bodiesVisibleTo(actor), escalated, pageSize, cursor))
                .map(contacts::withLeads);
    }
}
