package uk.mappa.ledger.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.projections.audit.AuditPage;

@RestController
@RequestMapping(path = "/api/audit")
@Tag(name = "Audit trail", description = "Every event in the ledger, newest first")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @ReadsModel("audit-trail")
    @GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The audit trail, newest first",
            description = "Auditors see every entry, an IG lead the entries of their area's bodies, anyone else the"
                    + " entries concerning their own body. Filters: bodyId, category, marking (classification),"
                    + " agreementId, actor (the user's stable id as the trail shows it), eventType (e.g."
                    + " OnwardDisclosureRefused), from (inclusive), to (exclusive)."
                    + " Paged: 'size' (1 to 500, default 100) entries a page, the next asked for with 'after' set to the"
                    + " page's 'next'. Ask for text/csv to export every matching entry.")
    AuditPage events(@RequestParam(required = false) String size,
                     @RequestParam(required = false) String after,
                     @RequestParam(required = false) String bodyId,
                     @RequestParam(required = false) String category,
                     @RequestParam(required = false) String marking,
                     @RequestParam(required = false) String agreementId,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     @RequestParam(required = false) String eventType,
                     Actor reader) {
        return trail.page(reader, size, after,
                new AuditTrail.Filters(bodyId, category, marking, agreementId, actor, from, to, eventType));
    }

    @ReadsModel("audit-trail")
    @GetMapping(path = "/events", produces = "text/csv")
    @Operation(summary = "The audit trail as CSV", description = "Every entry matching the filters, streamed.")
    ResponseEntity<StreamingResponseBody> eventsCsv(@RequestParam(required = false) String bodyId,
                                                    @RequestParam(required = false) String category,
                                                    @RequestParam(required = false) String marking,
                                                    @RequestParam(required = false) String agreementId,
                                                    @RequestParam(required = false) String actor,
                                                    @RequestParam(required = false) String from,
                                                    @RequestParam(required = false) String to,
                                                    @RequestParam(required = false) String eventType,
                                                    Actor reader) {
        return trail.csv(reader, new AuditTrail.Filters(bodyId, category, marking, agreementId, actor, from, to, eventType));
    }
}
