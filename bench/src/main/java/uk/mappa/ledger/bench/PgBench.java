package uk.mappa.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own figure for the same work, on the same database in the same run: pgbench committing one
 * 1.2 kB bytea row per transaction from the same number of clients, with every transaction's latency
 * logged so its 99th percentile can be set beside the ledger's.
 */
final class PgBench {

    record Result(double transactionsPerSecond, double p99Millis) {
    }

    private PgBench() {
    }

    static Result insertRows(Database database, int clients, int seconds, Path work) throws IOException,
            InterruptedException {
        // A schema of its own, beside the ledger's in the same database.
        database.execute("create schema if not exists pgbench");
        database.execute("create table if not exists pgbench.bench_insert (id bigserial primary key,"
                + " payload bytea not null)");
        Path script = work.resolve("insert.sql");
        Files.writeString(script, "insert into pgbench.bench_insert (payload) values (decode(repeat('ab', 1200),"
                + " 'hex'));\n");
        List<String> command = List.of("pgbench", "-h", database.host(), "-p", String.valueOf(database.port()),
                "-U", database.user(), "-n", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
                "-T", String.valueOf(seconds), "-f", script.toString(), "-l", "--log-prefix",
                work.resolve("pgbench").toString(), database.name());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (database.password() != null && !database.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", database.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        List<Double> latencies = new ArrayList<>();
        try (var logs = Files.newDirectoryStream(work, "pgbench*")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    if (fields.length > 2) {
                        latencies.add(Long.parseLong(fields[2]) / 1000.0);
                    }
                }
            }
        }
        return new Result(Double.parseDouble(tps.group(1)), Stats.percentile(latencies, 99));
    }
}
