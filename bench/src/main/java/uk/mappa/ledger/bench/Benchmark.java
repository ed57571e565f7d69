package uk.mappa.ledger.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/run}: the ledger's figures on the local PostgreSQL, each beside PostgreSQL's own in the same
 * run, printed and written to {@code bench/results.json}. Measures: shares recorded per second by eight
 * clients and their 99th-percentile latency (beside pgbench committing one 1.2 kB row per transaction
 * from eight clients); reads straight after a 201 that missed the share; how long the read models and the
 * sealer take to catch up once the load stops; a holdings replay; and a body's holdings and a filtered audit
 * page at the size reached.
 */
public final class Benchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String MOU = "2ee839e5-f264-3dff-8317-2feef26d64d6";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(env("LEDGER_BENCH_CLIENTS", "8"));
        int seconds = Integer.parseInt(env("LEDGER_BENCH_SECONDS", "20"));
        int warmUp = Integer.parseInt(env("LEDGER_BENCH_WARMUP_SECONDS", "300"));
        Path jar = Path.of(env("LEDGER_BENCH_JAR", "ledger-api/target/ledger.jar")).toAbsolutePath();
        Path work = Files.createTempDirectory("ledger-bench");
        Database database = Database.fresh(env("LEDGER_BENCH_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("LEDGER_BENCH_DB_PORT", "5432")), "ledger_bench",
                env("LEDGER_BENCH_DB_USER", "postgres"), env("LEDGER_BENCH_DB_PASSWORD", ""));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap for the benchmark itself");
        results.put("clients", clients);
        results.put("seconds", seconds);
        results.put("warm_up_seconds", warmUp);

        PgBench.Result pg = PgBench.insertRows(database, clients, seconds, work);
        results.put("pgbench_tps", round(pg.transactionsPerSecond()));
        results.put("pgbench_p99_ms", round(pg.p99Millis()));

        try (LedgerUnderTest ledger = LedgerUnderTest.start(jar, database, work)) {
            String manager = ledger.token("bench-manager", "merseyside-smb", "merseyside", "BUSINESS_MANAGER");
            String recipient = ledger.token("bench-recipient", "knowsley-lscb", "merseyside", "BUSINESS_MANAGER");
            String auditor = ledger.token("bench-auditor", null, null, "AUDITOR");
            // The same load first, uncounted: the figures are the ledger's steady state, not its JIT compiler's.
            Load.of(ledger, clients, warmUp, manager, recipient);
            Load load = Load.of(ledger, clients, seconds, manager, recipient);
            List<Double> latencies = load.latencies();
            AtomicInteger recorded = load.recorded();
            AtomicInteger readsAfterWrite = load.readsAfterWrite();
            AtomicInteger missedReads = load.missedReads();
            Instant loadEnded = Instant.now();
            double sharesPerSecond = recorded.get() / (double) seconds;
            results.put("shares_recorded", recorded.get());
            results.put("ledger_shares_per_second", round(sharesPerSecond));
            results.put("ledger_p99_ms", round(Stats.percentile(latencies, 99)));
            results.put("ratio_to_pgbench", Math.round(sharesPerSecond / pg.transactionsPerSecond() * 10_000) / 10_000.0);
            results.put("reads_after_201", readsAfterWrite.get());
            results.put("reads_after_201_not_found", missedReads.get());

            long events = database.count("select count(*) from domain_event_entry");
            results.put("events_stored", events);
            results.put("read_models_caught_up_after_load_s", round(secondsUntil(loadEnded,
                    () -> allCaughtUp(ledger, auditor))));
            results.put("sealing_caught_up_after_load_s", round(secondsUntil(loadEnded,
                    () -> treeSize(ledger, auditor) >= events)));

            Instant replayStarted = Instant.now();
            ledger.post("/api/admin/projections/holdings/replay", auditor, "{}");
            double replaySeconds = secondsUntil(replayStarted, () -> caughtUp(ledger, auditor, "holdings"));
            results.put("holdings_replay_events_per_second", round(events / Math.max(replaySeconds, 0.001)));

            double[] pages = firstPages(ledger, auditor);
            results.put("holdings_first_page_ms", round(pages[0]));
            results.put("holdings_first_page_bytes", (int) pages[2]);
            results.put("audit_page_filtered_ms", round(pages[1]));
            // Keyset paging: a page deep in the list costs what the first does.
            String next = nextCursor(ledger.get("/api/holdings?bodyId=knowsley-lscb", auditor).body());
            int depth = 1;
            double deepPage = 0;
            while (next != null && depth < 50) {
                long started = System.nanoTime();
                String page = ledger.get("/api/holdings?bodyId=knowsley-lscb&after=" + next, auditor).body();
                deepPage = (System.nanoTime() - started) / 1e6;
                next = nextCursor(page);
                depth++;
            }
            results.put("holdings_page_depth_reached", depth);
            results.put("holdings_deepest_page_ms", round(deepPage));

            // The read models at scale: recorded shares filled straight into the store, which every read model
            // catches up on as it does on shares recorded through the API; then a holdings rebuild over them all.
            // A first, smaller fill is caught up on first and reported on its own: the load handled events one or two
            // a batch, and the JIT compiler has yet to compile the read models' paths for batches of hundreds.
            long firstFill = database.fillShares(Long.parseLong(env("LEDGER_BENCH_FIRST_SHARE_FILL", "20000")));
            Instant firstFillStored = Instant.now();
            double firstCatchUpSeconds = secondsUntil(firstFillStored, () -> allCaughtUp(ledger, auditor));
            results.put("first_share_fill_events", firstFill);
            results.put("read_models_first_catch_up_events_per_second",
                    round(firstFill / Math.max(firstCatchUpSeconds, 0.001)));
            long shareFill = database.fillShares(Long.parseLong(env("LEDGER_BENCH_SHARE_FILL", "100000")));
            Instant shareFillStored = Instant.now();
            double catchUpSeconds = secondsUntil(shareFillStored, () -> allCaughtUp(ledger, auditor));
            results.put("share_fill_events", shareFill);
            // Ten minutes at most: a read model still behind then is reported as not having caught up.
            results.put("read_models_catch_up_s", Double.isInfinite(catchUpSeconds) ? "more than 600" : round(catchUpSeconds));
            results.put("read_models_catch_up_events_per_second", round(shareFill / Math.max(catchUpSeconds, 0.001)));
            long eventsNow = database.count("select count(*) from domain_event_entry");
            results.put("events_stored_after_share_fill", eventsNow);
            Instant rebuildStarted = Instant.now();
            ledger.post("/api/admin/projections/holdings/replay", auditor, "{}");
            double rebuildSeconds = secondsUntil(rebuildStarted, () -> caughtUp(ledger, auditor, "holdings"));
            results.put("holdings_replay_at_scale_events_per_second", round(eventsNow / Math.max(rebuildSeconds, 0.001)));
            // The same first pages at that size: a body's holdings and its filtered audit trail.
            double[] pagesAtScale = firstPages(ledger, auditor);
            results.put("holdings_first_page_at_scale_ms", round(pagesAtScale[0]));
            results.put("audit_page_filtered_at_scale_ms", round(pagesAtScale[1]));
            secondsUntil(Instant.now(), () -> treeSize(ledger, auditor) >= eventsNow);

            // The log at scale: events filled straight into the store, sealed into tiles, and proofs read
            // from the tiles at that size.
            int fill = Integer.parseInt(env("LEDGER_BENCH_FILL", "100000"));
            long before = database.count("select count(*) from domain_event_entry");
            long fillStarted = System.nanoTime();
            database.fillEvents(fill);
            double filledSeconds = (System.nanoTime() - fillStarted) / 1e9;
            Instant sealStarted = Instant.now();
            double sealSeconds = secondsUntil(sealStarted, () -> treeSize(ledger, auditor) >= before + fill);
            long size = treeSize(ledger, auditor);
            results.put("fill_events", fill);
            results.put("fill_insert_events_per_second", round(fill / Math.max(filledSeconds, 0.001)));
            results.put("sealing_fill_events_per_second", round(fill / Math.max(sealSeconds, 0.001)));
            results.put("log_tree_size", size);
            List<Double> inclusion = new ArrayList<>();
            List<Double> consistency = new ArrayList<>();
            String event = database.string("select event_identifier from ledger_leaf where leaf_index = " + size / 2);
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                ledger.get("/api/ledger/proofs/inclusion?eventId=" + event, auditor);
                inclusion.add((System.nanoTime() - started) / 1e6);
                started = System.nanoTime();
                ledger.get("/api/ledger/proofs/consistency?first=" + (size / 3) + "&second=" + size, auditor);
                consistency.add((System.nanoTime() - started) / 1e6);
            }
            results.put("inclusion_proof_ms", round(Stats.median(inclusion)));
            results.put("consistency_proof_ms", round(Stats.median(consistency)));
            results.put("ledger_max_heap", env("LEDGER_BENCH_HEAP", "512m"));
            results.put("ledger_heap_used_mb_at_end", round(heapUsedBytes(ledger, auditor) / (1024.0 * 1024)));
        }

        Path output = Path.of("bench", "results.json");
        Files.createDirectories(output.getParent());
        Files.writeString(output, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        results.forEach((name, value) -> System.out.printf("%-40s %s%n", name, value));
        System.out.println("Written to " + output.toAbsolutePath());
    }

    static String nextCursor(String page) {
        JsonNode next = JSON.readTree(page).get("next");
        return next == null || next.isNull() ? null : next.asString();
    }

    static String share() {
        return """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "Merseyside SMB annual report",
                 "providerBodyId": "merseyside-smb", "recipientBodyIds": ["knowsley-lscb"],
                 "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "LSCB business planning",
                 "marking": {"classification": "OFFICIAL"},
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(MOU);
    }

    interface Check {
        boolean done() throws Exception;
    }

    /** Seconds from {@code since} until the check holds (polled every 100 ms; gives up after ten minutes). */
    static double secondsUntil(Instant since, Check check) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (!check.done()) {
            if (Instant.now().isAfter(giveUp)) {
                return Double.POSITIVE_INFINITY;
            }
            Thread.sleep(100);
        }
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    /** Whether every read model has processed every stored event. */
    static boolean allCaughtUp(LedgerUnderTest ledger, String auditor) throws Exception {
        for (JsonNode projection : JSON.readTree(ledger.get("/api/admin/projections", auditor).body())) {
            if (!reachedHead(projection)) {
                return false;
            }
        }
        return true;
    }

    static boolean caughtUp(LedgerUnderTest ledger, String auditor, String name) throws Exception {
        for (JsonNode projection : JSON.readTree(ledger.get("/api/admin/projections", auditor).body())) {
            if (name.equals(projection.path("name").asString("")) && reachedHead(projection)) {
                return true;
            }
        }
        return false;
    }

    /** Not rebuilding, and at or past the newest stored event (a processor's own "caught up" lags new events). */
    private static boolean reachedHead(JsonNode projection) {
        return projection.path("caughtUp").asBoolean(false) && !projection.path("replaying").asBoolean(true)
                && projection.path("position").asLong(-1) >= projection.path("headPosition").asLong(Long.MAX_VALUE);
    }

    /** The ledger's heap in use now, from its operators' metrics. */
    static double heapUsedBytes(LedgerUnderTest ledger, String auditor) throws Exception {
        return ledger.get("/actuator/prometheus", auditor).body().lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    static long treeSize(LedgerUnderTest ledger, String auditor) throws Exception {
        HttpResponse<String> head = ledger.get("/api/ledger/tree-head", auditor);
        return head.statusCode() == 200 ? JSON.readTree(head.body()).path("treeSize").asLong(0) : 0;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * The median of five reads each of Knowsley's first page of holdings and of its audit trail filtered by category
     * (100 a page), and the holdings page's size in bytes.
     */
    static double[] firstPages(LedgerUnderTest ledger, String auditor) throws Exception {
        List<Double> holdings = new ArrayList<>();
        List<Double> audit = new ArrayList<>();
        int holdingsBytes = 0;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            holdingsBytes = ledger.get("/api/holdings?bodyId=knowsley-lscb", auditor).body().length(); // 100 a page
            holdings.add((System.nanoTime() - started) / 1e6);
            started = System.nanoTime();
            ledger.get("/api/audit/events?bodyId=knowsley-lscb&category=ANNUAL_REPORT&size=100", auditor);
            audit.add((System.nanoTime() - started) / 1e6);
        }
        return new double[] {Stats.median(holdings), Stats.median(audit), holdingsBytes};
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Clients recording shares for a time, each over its own kept-alive connection, reading one in ten back at its
     * Location straight after its 201.
     */
    private record Load(List<Double> latencies, AtomicInteger recorded, AtomicInteger readsAfterWrite,
                        AtomicInteger missedReads) {

        static Load of(LedgerUnderTest ledger, int clients, int seconds, String manager, String recipient)
                throws InterruptedException {
            Load load = new Load(Collections.synchronizedList(new ArrayList<>()), new AtomicInteger(),
                    new AtomicInteger(), new AtomicInteger());
            Instant end = Instant.now().plusSeconds(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> clientsRunning = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                clientsRunning.add(pool.submit(() -> {
                    int n = 0;
                    try (Http1Connection connection = ledger.connect()) {
                        while (Instant.now().isBefore(end)) {
                            long started = System.nanoTime();
                            Http1Connection.Response response = connection.post("/api/shares", manager, share());
                            load.latencies().add((System.nanoTime() - started) / 1e6);
                            if (response.status() != 201) {
                                throw new IllegalStateException("Recording failed: " + response.body());
                            }
                            load.recorded().incrementAndGet();
                            if (n++ % 10 == 0) {
                                String location = response.header("Location");
                                load.readsAfterWrite().incrementAndGet();
                                if (connection.get(location, recipient).status() != 200) {
                                    load.missedReads().incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The clients did not finish");
            }
            for (Future<?> client : clientsRunning) {
                try {
                    client.get();
                } catch (ExecutionException failed) {
                    throw new IllegalStateException("A client failed", failed.getCause());
                }
            }
            return load;
        }
    }
}
