package uk.mappa.ledger.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.report.AnnualReportView;
import uk.mappa.ledger.projections.report.FindAnnualReports;

/** Whether each board considered the other's latest annual report when planning its own work (MoU 2-3). */
@RestController
@RequestMapping(path = "/api/annual-reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Annual reports", description = "Each board's latest annual report as the other boards received it,"
        + " and whether they considered it")
class AnnualReportController {

    private final Queries queries;
    private final ReadAccess access;

    AnnualReportController(Queries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @ReadsModel(BoardsProcesses.GROUP)
    @GetMapping
    @Operation(summary = "Latest annual reports and their consideration", description = "For each pair of boards,"
            + " the latest annual report one shared with the other (withdrawn reports do not count), newest first:"
            + " those of the caller's own body, of the bodies of an IG lead's area, or all for auditors."
            + " 'notConsidered=true' lists only those the receiving board has not yet recorded considering.")
    List<AnnualReportView> reports(@RequestParam(defaultValue = "false") boolean notConsidered, Actor actor) {
        return queries.ask(new FindAnnualReports(access.bodiesVisibleTo(actor), notConsidered));
    }
}
