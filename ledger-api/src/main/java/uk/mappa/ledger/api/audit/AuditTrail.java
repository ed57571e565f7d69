package uk.mappa.ledger.api.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.projections.audit.AuditExport;
import uk.mappa.ledger.projections.audit.AuditFilter;
import uk.mappa.ledger.projections.audit.AuditPage;
import uk.mappa.ledger.projections.audit.AuditScope;
import uk.mappa.ledger.projections.audit.FindAuditEntries;

/**
 * The audit trail as a reader may see it, a page at a time or every matching entry as CSV: the one read that
 * the API and the console both use, with the same filters and the same checks of them.
 */
@Component
public class AuditTrail {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final Pattern EVENT_TYPE = Pattern.compile("^[A-Z][A-Za-z]{0,99}$");
    private static final Pattern CLASSIFICATION = Pattern.compile("^(OFFICIAL|SECRET|TOP_SECRET|GPMS_[A-Z_]+)$");

    private final Queries queries;
    private final ReadAccess access;
    private final AuditExport export;

    AuditTrail(Queries queries, ReadAccess access, AuditExport export) {
        this.queries = queries;
        this.access = access;
        this.export = export;
    }

    /**
     * The filters every audit view accepts, as sent.
     *
     * @param actor the user's stable id as the trail shows it
     * @param from  inclusive, ISO-8601
     * @param to    exclusive, ISO-8601
     * @param eventType the kind of event, e.g. {@code OnwardDisclosureRefused}
     */
    public record Filters(String bodyId, String category, String marking, String agreementId, String actor,
                          String from, String to, String eventType) {
    }

    /** One page, newest first: {@code size} 1 to 500 (default 100), {@code after} a page's {@code next}. */
    public AuditPage page(Actor reader, String size, String after, Filters filters) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int pageSize = RequestParameters.pageSize(size, violations);
        Long before = null;
        if (after != null) {
            before = AuditPage.position(after).orElse(null);
            if (before == null) {
                violations.add("after", RequestParameters.CURSOR_MESSAGE);
            }
        }
        AuditFilter filter = filter(filters, violations);
        violations.throwIfAny();
        return access.titlesFor(reader).present(
                queries.ask(new FindAuditEntries(access.auditScopeOf(reader), filter, pageSize, before)));
    }

    /** Every matching entry as CSV, streamed, as a file to download. */
    public ResponseEntity<StreamingResponseBody> csv(Actor reader, Filters filters) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        AuditFilter filter = filter(filters, violations);
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

    /** The filters parsed, with every violation reported together. */
    private static AuditFilter filter(Filters sent, InvalidRequestException.Collector violations) {
        Category categoryFilter = RequestParameters.enumValue(Category.class, sent.category(), "category", violations);
        if (sent.marking() != null && !CLASSIFICATION.matcher(sent.marking()).matches()) {
            violations.add("marking", "must be OFFICIAL, SECRET, TOP_SECRET or a legacy marking such as GPMS_RESTRICTED");
        }
        AgreementId agreement = null;
        if (sent.agreementId() != null) {
            try {
                agreement = AgreementId.parse(sent.agreementId());
            } catch (IllegalArgumentException e) {
                violations.add("agreementId", "must be an agreement id");
            }
        }
        if (sent.eventType() != null && !EVENT_TYPE.matcher(sent.eventType()).matches()) {
            violations.add("eventType", "must be the name of a kind of event, such as OnwardDisclosureRefused");
        }
        Instant fromInstant = RequestParameters.instant(sent.from(), "from", violations);
        Instant toInstant = RequestParameters.instant(sent.to(), "to", violations);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            violations.add("to", "must be after 'from'");
        }
        return new AuditFilter(RequestParameters.bodyId(sent.bodyId(), "bodyId", violations), categoryFilter,
                sent.marking(), agreement, RequestParameters.text(sent.actor(), "actor", 600, violations), fromInstant,
                toInstant, sent.eventType());
    }
}
