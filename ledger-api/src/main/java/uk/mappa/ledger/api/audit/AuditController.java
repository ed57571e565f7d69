package uk.mappa.ledger.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.projections.audit.AuditFilter;
import uk.mappa.ledger.projections.audit.AuditPage;
import uk.mappa.ledger.projections.audit.FindAuditEntries;

@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit trail", description = "Every event in the ledger, newest first")
class AuditController {

    private final Queries queries;
    private final ReadAccess access;

    AuditController(Queries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/events")
    @Operation(summary = "The audit trail, newest first",
            description = "Auditors see every entry, an IG lead the entries of their area's bodies, anyone"
                    + " else the entries concerning their own body. 'from' is inclusive, 'to' exclusive.")
    AuditPage events(@RequestParam(defaultValue = "0") String page,
                     @RequestParam(defaultValue = "50") String size,
                     @RequestParam(required = false) String bodyId,
                     @RequestParam(required = false) String category,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     Actor actor) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageNumber = integer(page, "page", 0, Integer.MAX_VALUE, violations);
        int pageSize = integer(size, "size", 1, FindAuditEntries.MAX_PAGE_SIZE, violations);
        BodyId body = null;
        if (bodyId != null) {
            if (BodyId.isWellFormed(bodyId)) {
                body = new BodyId(bodyId);
            } else {
                violations.add("bodyId", "must be a body id such as knowsley-lscb");
            }
        }
        Category categoryFilter = null;
        if (category != null) {
            try {
                categoryFilter = Category.valueOf(category);
            } catch (IllegalArgumentException e) {
                violations.add("category", "must be one of " + Arrays.toString(Category.values()));
            }
        }
        Instant fromInstant = instant(from, "from", violations);
        Instant toInstant = instant(to, "to", violations);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            violations.add("to", "must be after 'from'");
        }
        violations.throwIfAny();
        return queries.ask(new FindAuditEntries(access.auditScopeOf(actor),
                new AuditFilter(body, categoryFilter, fromInstant, toInstant), pageNumber, pageSize));
    }

    private static int integer(String value, String name, int min, int max, InvalidRequestException.Collector violations) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, "must be a whole number from " + min + " to " + max);
        return min;
    }

    private static Instant instant(String value, String name, InvalidRequestException.Collector violations) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(name, "must be an ISO-8601 instant such as 2026-03-31T23:59:59Z");
            return null;
        }
    }
}
