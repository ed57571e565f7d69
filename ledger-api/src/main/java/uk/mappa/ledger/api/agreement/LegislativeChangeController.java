package uk.mappa.ledger.api.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Commands;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.LegislativeChange.RecordLegislativeChange;
import uk.mappa.ledger.projections.agreement.AgreementView;
import uk.mappa.ledger.projections.agreement.FindAgreements;

@RestController
@RequestMapping(path = "/api/legislative-changes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements")
class LegislativeChangeController {

    /** The change as recorded, and the agreements reviewed as required that it made due for review. */
    record Recorded(String changeId, String title, LocalDate effectiveOn, List<String> agreementsFlagged) {
    }

    private final Commands commands;
    private final Queries queries;

    LegislativeChangeController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a legislative or guidance change", description = "By an IG lead. Every agreement in"
            + " force or suspended that is reviewed as required (no review date) is flagged for review, and listed"
            + " by GET /api/agreements?reviewDue=true until it is reviewed or amended.")
    Recorded record(@Valid @RequestBody AgreementRequests.LegislativeChangeRequest request, Actor actor) {
        UUID id = UUID.randomUUID();
        return commands.send(new RecordLegislativeChange(id, request.title(), request.effectiveOn(), actor),
                "agreements", () -> new Recorded(id.toString(), request.title().strip(), request.effectiveOn(),
                        flaggedBy(id.toString())));
    }

    /** The agreements this change made due: no dated agreement is due by LocalDate.MIN, so only flagged ones. */
    private List<String> flaggedBy(String changeId) {
        return queries.everyPage(FindAgreements.everyPage(null, LocalDate.MIN)).stream()
                .filter(agreement -> agreement.reviewFlaggedBy() != null
                        && agreement.reviewFlaggedBy().changeId().equals(changeId))
                .map(AgreementView::id).toList();
    }
}
