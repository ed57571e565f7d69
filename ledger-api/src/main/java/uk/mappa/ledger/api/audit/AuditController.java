package uk.mappa.ledger.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.projections.audit.AuditExport;
import uk.mappa.ledger.projections.audit.AuditFilter;
import uk.mappa.ledger.projections.audit.AuditPage;
import uk.mappa.ledger.projections.audit.AuditScope;
import uk.mappa.ledger.projections.audit.FindAuditEntries;

@RestController
@RequestMapping(path = "/api/audit")
@Tag(name = "Audit trail", description = "Every event in the ledger, newest first")
class AuditController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final Pattern CLASSIFICATION = Pattern.compile("^(OFFICIAL|SECRET|TOP_SECRET|GPMS_[A-Z_]+)$");

    private final Queries queries;
    private final ReadAccess access;
    private final AuditExport export;

    AuditController(Queries queries, ReadAccess access, AuditExport export) {
        this.queries = queries;
        this.access = access;
        this.export = export;
    }

    /** The filters every audit view accepts, parsed with every violation reported together. */
    private static AuditFilter filter(String bodyId, String category, String marking, String agreementId, String actor,
                                      String from, String to, InvalidRequestException.Collector violations) {
        Category categoryFilter = RequestParameters.enumValue(Category.class, category, "category", violations);
        if (marking != null && !CLASSIFICATION.matcher(marking).matches()) {
            violations.add("marking", "must be OFFICIAL, SECRET, TOP_SECRET or a legacy marking such as GPMS_RESTRICTED");
        }
        AgreementId agreement = null;
        if (agreementId != null) {
            try {
                agreement = AgreementId.parse(agreementId);
            } catch (IllegalArgumentException e) {
                violations.add("agreementId", "must be an agreement id");
            }
        }
        Instant fromInstant = RequestParameters.instant(from, "from", violations);
        Instant toInstant = RequestParameters.instant(to, "to", violations);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            violations.add("to", "must be after 'from'");
        }
        return new AuditFilter(RequestParameters.bodyId(bodyId, "bodyId", violations), categoryFilter, marking,
                agreement, RequestParameters.text(actor, "actor", 600, violations), fromInstant, toInstant);
    }

    @ReadsModel("audit-trail")
    @GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The audit trail, newest first",
            description = "Auditors see every entry, an IG lead the entries of their area's bodies, anyone else the"
                    + " entries concerning their own body. Filters: bodyId, category, marking (classification),"
                    + " agreementId, actor (the user's stable id as the trail shows it), from (inclusive), to (exclusive)."
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
                     Actor reader) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Long before = null;
        if (after != null) {
            before = AuditPage.position(after).orElse(null);
            if (before == null) {
                violations.add("after", RequestParameters.CURSOR_MESSAGE);
            }
        }
        AuditFilter filter = filter(bodyId, category, marking, agreementId, actor, from, to, violations);
        violations.throwIfAny();
        return access.titlesFor(reader).present(
                queries.ask(new FindAuditEntries(access.auditScopeOf(reader), filter, pageSize, before)));
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
                                                    Actor reader) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        AuditFilter filter = filter(bodyId, category, marking, agreementId, actor, from, to, violations);
        violations.throwIfAny();
        AuditScope scope = access.auditScopeOf(reader);
        ReadAccess.Titles titles = access.titlesFor(reader);
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(AuditCsv.HEADER);
            export.forEach(scope, filter, entry -> {
                try {
                    writer.write(AuditCsv.row(titles.present(entry)));
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"")
                .body(body);
    }
}
