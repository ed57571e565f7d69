package uk.mappa.ledger.api.arrangement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.Limits;
import uk.mappa.ledger.api.web.Patterns;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.arrangement.ArrangementTerms;
import uk.mappa.ledger.core.arrangement.HandlingArrangementCommands.AgreeHandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangementCommands.EndHandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.arrangement.HandlingArrangements;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Handling arrangements are read straight from their own events (there is no list to page): a response and
 * every read after it show the arrangement as recorded, on any node.
 */
@RestController
@RequestMapping(path = "/api/handling-arrangements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Handling arrangements", description = "How case information will be managed, agreed in advance"
        + " (HIPS protocol 6.2)")
class HandlingArrangementController {

    /**
     * @param access    who may see the information, as roles (never names)
     * @param retention ISO-8601 period each party keeps it, e.g. P6M
     */
    record Arrangement(@NotNull @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String agreementId,
                       @NotEmpty @Size(max = Limits.BODIES)
                       List<@NotBlank @Pattern(regexp = BodyId.FORMAT, message = Patterns.BODY_ID_MESSAGE) String> parties,
                       @NotBlank @Size(max = 2000) String purpose,
                       @NotBlank @Size(max = 2000) String storage,
                       @NotBlank @Size(max = 2000) String access,
                       @NotNull @Pattern(regexp = "^P(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,5}W)?(\\d{1,5}D)?$",
                               message = "must be an ISO-8601 period such as P6M") String retention,
                       @NotNull LocalDate expiresOn) {
    }

    record Ending(@NotBlank @Size(max = 2000) String reason) {
    }

    record ArrangementView(String id, String agreementId, List<String> parties, String purpose, String storage,
                           String access, String retention, LocalDate expiresOn, Instant endedAt, boolean inForce) {

        static ArrangementView of(ArrangementTerms terms, Instant now) {
            return new ArrangementView(terms.id().toString(), terms.agreementId().toString(),
                    terms.parties().stream().map(BodyId::value).toList(), terms.purpose(), terms.storage(),
                    terms.access(), terms.retention().toString(), terms.expiresOn(), terms.endedAt(),
                    terms.inForceAt(now));
        }
    }

    private final Commands commands;
    private final HandlingArrangements arrangements;
    private final ReadAccess access;
    private final Clock clock;

    HandlingArrangementController(Commands commands, HandlingArrangements arrangements, ReadAccess access,
                                  Clock clock) {
        this.commands = commands;
        this.arrangements = arrangements;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Agree a handling arrangement", description = "By a business manager of one of its parties,"
            + " under an agreement in force that covers CASE_INFORMATION. Case information shared under an agreement"
            + " that requires one cites it as handlingArrangementId.")
    ResponseEntity<ArrangementView> agree(@Valid @RequestBody Arrangement request, Actor actor) {
        HandlingArrangementId id = HandlingArrangementId.random();
        ArrangementView agreed = commands.send(new AgreeHandlingArrangement(id,
                AgreementId.parse(request.agreementId()), request.parties().stream().map(BodyId::new).toList(),
                request.purpose(), request.storage(), request.access(), Period.parse(request.retention()),
                request.expiresOn(), clock.instant(), actor),
                () -> visible(id.toString(), actor));
        return ResponseEntity.created(URI.create("/api/handling-arrangements/" + id)).body(agreed);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One handling arrangement", description = "For people of its parties, IG leads of their"
            + " areas and auditors; to anyone else it does not exist.")
    ArrangementView arrangement(@PathVariable String id, Actor actor) {
        return visible(id, actor);
    }

    @PostMapping(path = "/{id}/ending", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End a handling arrangement early", description = "By a business manager of a party; no"
            + " case information is shared under it from then on.")
    ArrangementView end(@PathVariable String id, @Valid @RequestBody Ending ending, Actor actor) {
        ArrangementView current = visible(id, actor);
        return commands.sendAbout(new EndHandlingArrangement(new HandlingArrangementId(UUID.fromString(current.id())),
                ending.reason(), clock.instant(), actor), notFound(id), () -> visible(id, actor));
    }

    private ArrangementView visible(String id, Actor actor) {
        return access.requireVisible(actor, id, found -> arrangements.find(new HandlingArrangementId(UUID.fromString(found)))
                        .map(terms -> ArrangementView.of(terms, clock.instant())), ArrangementView::parties, notFound(id));
    }

    private static RuleViolation notFound(String id) {
        return RuleViolation.notFound("handling-arrangement-not-found",
                "There is no handling arrangement " + id + " that you can see.");
    }
}
