package uk.mappa.ledger.api.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.web.ExpensiveReads;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.verify.ExportFormat;

@RestController
@Tag(name = "Tamper-evident log", description = "Signed tree heads, proofs, export and verification (RFC 6962)")
class LedgerLogController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final TamperEvidentLog log;
    private final LogStore store;
    private final LogProofs proofs;
    private final ExpensiveReads expensive;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    LedgerLogController(TamperEvidentLog log, LogStore store, LogProofs proofs, ExpensiveReads expensive,
                        TransactionTemplate transactions, Clock clock) {
        this.log = log;
        this.store = store;
        this.proofs = proofs;
        this.expensive = expensive;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @GetMapping(path = "/api/ledger/tree-head", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest signed tree head")
    LogViews.TreeHeadView treeHead() {
        return LogViews.TreeHeadView.of(log.latestTreeHead().orElseThrow(LogProofs::noTreeHead));
    }

    @GetMapping(path = "/api/ledger/tree-heads", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Signed tree heads, oldest first", description = "'from' is a tree size or an ISO-8601"
            + " instant; at most 'limit' (default 100, up to 1000) heads from there.")
    List<LogViews.TreeHeadView> treeHeads(@RequestParam(required = false) String from,
                                          @RequestParam(defaultValue = "100") String limit) {
        InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
        int max = RequestParameters.integer(limit, "limit", 1, 1000, violations);
        long fromSize = 0;
        Instant fromTime = Instant.EPOCH;
        if (from != null) {
            if (from.chars().allMatch(Character::isDigit) && !from.isEmpty()) {
                fromSize = Long.parseLong(from);
            } else {
                fromTime = RequestParameters.instant(from, "from", violations);
            }
        }
        violations.throwIfAny();
        return store.treeHeads(fromSize, fromTime, max).stream().map(LogViews.TreeHeadView::of).toList();
    }

    @GetMapping(path = "/api/ledger/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Proof that an event is in the log", description = "Against the tree of 'treeSize'"
            + " leaves, by default the latest signed one.")
    LogViews.InclusionProofView inclusion(@RequestParam String eventId, @RequestParam(required = false) Long treeSize,
                                          Actor actor) {
        return expensive.run(actor, () -> proofs.inclusion(eventId, treeSize));
    }

    @GetMapping(path = "/api/ledger/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Proof that a later tree extends an earlier one")
    LogViews.ConsistencyProofView consistency(@RequestParam long first, @RequestParam long second, Actor actor) {
        return expensive.run(actor, () -> proofs.consistency(first, second));
    }

    @GetMapping(path = "/api/ledger/public-key", produces = "application/x-pem-file")
    @Operation(summary = "The ledger's Ed25519 public key (PEM), to check tree head signatures")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(PEM).body(log.publicKey().pem());
    }

    @GetMapping(path = "/api/ledger/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check the live log (auditors)", description = "Recomputes every leaf from the stored"
            + " events, every root, and every signature; names the first event that does not match.")
    LogViews.VerificationView verification(Actor actor) {
        ReadAccess.requireAuditor(actor);
        return expensive.run(actor, () -> proofs.verifyLive(clock.instant()));
    }

    @GetMapping(path = "/api/audit/export", produces = "application/x-ndjson")
    @Operation(summary = "Export the whole history (auditors)", description = "JSON Lines: every event as stored"
            + " with its leaf, then every signed tree head, the latest last. Check it offline with"
            + " java -jar ledger-verify.jar export.jsonl --public-key ledger.pem")
    ResponseEntity<StreamingResponseBody> export(Actor actor) {
        ReadAccess.requireAuditor(actor);
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            readOnly.executeWithoutResult(status -> {
                store.forEachLeaf(lines(writer, ExportFormat::eventLine));
                store.forEachTreeHead(lines(writer, ExportFormat::treeHeadLine));
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-export.jsonl\"")
                .body(body);
    }

    private static <T> Consumer<T> lines(BufferedWriter writer, java.util.function.Function<T, String> format) {
        return item -> {
            try {
                writer.write(format.apply(item));
                writer.write('\n');
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

}
