package uk.mappa.ledger.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.mappa.ledger.LedgerApplication;

/** The ledger started as a whole application on a random port, spoken to over real HTTP. */
public final class RunningLedger implements AutoCloseable {

    /** The key-encryption key of every ledger the tests start on PostgreSQL (one per test run). */
    public static final String KEK = java.util.Base64.getEncoder().encodeToString(
            new java.security.SecureRandom().generateSeed(32));

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningLedger(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts the ledger on a database, with bearer tokens checked against {@code tokens}' key. */
    public static RunningLedger start(TestDatabase database, TestTokens tokens, String... moreProperties) {
        return start(database, tokens, tokens.publicKeyPem().resolveSibling(database.schema() + "-log-key.pem"),
                moreProperties);
    }

    /** As {@link #start(TestDatabase, TestTokens, String...)}, with the log's signing key in {@code logKeyFile}. */
    public static RunningLedger start(TestDatabase database, TestTokens tokens, java.nio.file.Path logKeyFile,
                                      String... moreProperties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--ledger.security.jwt.public-key-location=" + tokens.publicKeyPem(),
                "--ledger.security.jwt.issuer-uri=" + TestTokens.ISSUER,
                "--ledger.security.jwt.audience=" + TestTokens.AUDIENCE,
                "--ledger.log.key-file=" + logKeyFile));
        if (java.util.Arrays.stream(moreProperties).noneMatch(property -> property.startsWith("ledger.personal-data.kek="))) {
            arguments.add("--ledger.personal-data.kek=" + KEK);
        }
        // Each node in a name of its own, as on separate machines (in one JVM Axon would give them all the same).
        if (java.util.Arrays.stream(moreProperties).noneMatch(property -> property.startsWith("ledger.node-id="))) {
            arguments.add("--ledger.node-id=node-" + java.util.UUID.randomUUID());
        }
        for (String property : moreProperties) {
            arguments.add("--" + property);
        }
        return start(arguments.toArray(String[]::new));
    }

    public static RunningLedger start(String... arguments) {
        return new RunningLedger(new SpringApplicationBuilder(LedgerApplication.class).run(arguments));
    }

    /** Where the ledger listens, for a test that builds its own requests. */
    public String baseUrl() {
        return baseUrl;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> get(String path, String authorization) {
        return get(path, authorization, "application/json");
    }

    public HttpResponse<String> get(String path, String authorization, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET(), authorization);
    }

    /** A read whose body is bytes (a tile), not text. */
    public HttpResponse<byte[]> getBytes(String path, String authorization, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET(), authorization,
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String authorization, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) {
        return send(request, authorization, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, String authorization,
                                     HttpResponse.BodyHandler<T> body) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    @Override
    public void close() {
        context.close();
    }
}
