package uk.mappa.ledger.api.personal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.EraseSubject;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindDisclosuresTo;

@RestController
@RequestMapping(path = "/api/subjects/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Data subjects", description = "People whose personal data the ledger holds, encrypted")
class SubjectController {

    /** Why the data is erased. */
    record Erasure(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The result of an erasure. */
    record Erased(String subjectId, boolean erased) {
    }

    /** Information a person received: a CSODS disclosure made to them. */
    record Received(String caseId, String category, String providerBodyId, java.time.Instant receivedAt) {
    }

    private final Commands commands;
    private final Queries queries;
    private final ReadAccess access;

    SubjectController(Commands commands, Queries queries, ReadAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping(path = "/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Erase a person's data", description = "IG lead of the responsible body's area only, with a"
            + " reason. Destroys the person's key: every response and view shows their details as erased, while the"
            + " history (stages, dates, decisions) stays and still replays.")
    Erased erase(@PathVariable String id, @Valid @RequestBody Erasure erasure, Actor actor) {
        SubjectId subject = parse(id);
        return commands.send(EraseSubject.of(subject, erasure.reason(), actor), () -> new Erased(subject.toString(), true));
    }

    @GetMapping("/holdings")
    @Operation(summary = "What a person holds", description = "The CSODS disclosures made to them: who holds what,"
            + " for people outside the register. For the disclosing force's CSODS officers, its IG lead and auditors.")
    List<Received> holdings(@PathVariable String id, Actor actor) {
        SubjectId subject = parse(id);
        return queries.ask(new FindDisclosuresTo(subject)).stream()
                .filter(view -> access.mayReadCsodsCase(actor, new BodyId(view.force())))
                .map(view -> new Received(view.id(), "CSODS_DISCLOSURE", view.force(), view.disclosure().at()))
                .toList();
    }

    private static SubjectId parse(String id) {
        try {
            return SubjectId.parse(id);
        } catch (IllegalArgumentException notAUuid) {
            throw RuleViolation.notFound("subject-not-found", "There is no data subject " + id + ".");
        }
    }
}
