package uk.mappa.ledger.api.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import uk.mappa.ledger.log.LogProofs;
import uk.mappa.ledger.log.LogProperties;
import uk.mappa.ledger.log.LogStore;
import uk.mappa.ledger.log.LogViews;
import uk.mappa.ledger.log.TamperEvidentLog;
import uk.mappa.ledger.verify.SignedNote;
import uk.mappa.ledger.verify.Tiles;

@RestController
@Tag(name = "Tamper-evident log", description = "Signed tree heads, proofs, export and verification (RFC 6962)")
class LedgerLogController {

    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final TamperEvidentLog log;
    private final LogStore store;
    private final LogProofs proofs;
    private final LogProperties properties;
    private final ExpensiveReads expensive;
    private final LogExport export;
    private final Clock clock;

    LedgerLogController(TamperEvidentLog log, LogStore store, LogProofs proofs, LogProperties properties,
                        ExpensiveReads expensive, LogExport export, Clock clock) {
        this.log = log;
        this.store = store;
        this.proofs = proofs;
        this.properties = properties;
        this.expensive = expensive;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping(path = "/api/ledger/tree-head", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest signed tree head")
    LogViews.TreeHeadView treeHead() {
        return proofs.latestTreeHead().orElseThrow(LogProofs::noTreeHead);
    }

    @GetMapping(path = "/api/ledger/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The latest signed tree head as a C2SP tlog-checkpoint", description = "A signed note:"
            + " origin, tree size, base64 root, then the log's Ed25519 note signature (key name: the origin) and"
            + " every witness's cosignature obtained so far.")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache())
                .body(store.latestCheckpoint(0).orElseThrow(LogProofs::noTreeHead).note());
    }

    @GetMapping(path = "/api/ledger/verifier-key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The log's signed-note verifier key", description = "<origin>+<key id>+<base64 key>, as"
            + " Go's golang.org/x/mod/sumdb/note and other C2SP tools take it.")
    ResponseEntity<String> verifierKey() {
        return ResponseEntity.ok().contentType(TEXT).body(SignedNote.verifierKey(log.origin(), log.publicKey())
                + "\n");
    }

    @GetMapping(path = "/api/ledger/tile/**", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "The log's hashes as C2SP tlog-tiles", description = "tile/<L>/<N>[.p/<W>]: 256 (or W)"
            + " consecutive hashes of tree level 8L, concatenated; level 0 holds leaf hashes. No event content."
            + " A tile never changes once served, so it may be cached for good.")
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api/ledger/".length());
        Tiles.TileName name = Tiles.parse(path).orElseThrow(() -> RuleViolation.notFound("tile-not-found",
                "'" + path + "' is not a tile path: tile/<L>/<N>[.p/<W>] as C2SP tlog-tiles names them."));
        byte[] tile = proofs.tile(name).orElseThrow(() -> RuleViolation.notFound("tile-not-found",
                "The log has no tile " + name.path() + " (yet)."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()).body(tile);
    }

    @GetMapping(path = "/api/ledger/witnesses", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How far each witness has cosigned", description = "Each configured C2SP witness: its"
            + " verifier key, the largest checkpoint it cosigned, how many leaves it is behind, and what it"
            + " answered last when it did not cosign (a witness that caught a split view says so here).")
    List<LogViews.WitnessView> witnesses() {
        long latest = store.latestCheckpoint(0).map(LogStore.StoredCheckpoint::treeSize).orElse(0L);
        return properties.witnesses().stream().map(LogProperties.WitnessEndpoint::verifierKey).map(key -> {
            LogStore.WitnessProgress progress = store.witnessProgress(key.name());
            return new LogViews.WitnessView(key.name(), key.toString(), progress.cosignedSize(),
                    latest - progress.cosignedSize(), progress.lastAttemptAt(), progress.lastError());
        }).toList();
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
        return export.download(actor);
    }

}
