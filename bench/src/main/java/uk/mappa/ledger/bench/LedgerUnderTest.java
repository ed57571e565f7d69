package uk.mappa.ledger.bench;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The ledger as a user meets it: the application jar on PostgreSQL, bearer tokens from an identity provider
 * (a key made for the run), spoken to over HTTP.
 */
final class LedgerUnderTest implements AutoCloseable {

    static final String ISSUER = "https://idp.bench.invalid/realms/ledger";
    static final String AUDIENCE = "ledger-bench";

    private final Process process;
    private final String baseUrl;
    private final KeyPair keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LedgerUnderTest(Process process, String baseUrl, KeyPair keys) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.keys = keys;
    }

    static LedgerUnderTest start(Path jar, Database database, Path work) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path publicKey = work.resolve("token-key.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getenv().getOrDefault("LEDGER_BENCH_HEAP", "512m")));
        // JVM options for the ledger alone, space-separated (e.g. a flight recording to see where its time goes).
        String jvm = System.getenv().getOrDefault("LEDGER_BENCH_JVM_ARGS", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                "--ledger.security.jwt.public-key-location=" + publicKey,
                "--ledger.security.jwt.issuer-uri=" + ISSUER, "--ledger.security.jwt.audience=" + AUDIENCE,
                "--ledger.personal-data.kek=" + Base64.getEncoder().encodeToString(kek),
                "--ledger.log.key-file=" + work.resolve("log-key.pem"), "--ledger.seed.agreements=true"));
        // More of the ledger's settings for a comparison (e.g. one feature off), space-separated.
        String more = System.getenv().getOrDefault("LEDGER_BENCH_LEDGER_ARGS", "").trim();
        if (!more.isEmpty()) {
            command.addAll(List.of(more.split("\\s+")));
        }
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("ledger.log").toFile()).start();
        LedgerUnderTest ledger = new LedgerUnderTest(process, "http://127.0.0.1:" + port, keys);
        ledger.awaitHealthy();
        return ledger;
    }

    private void awaitHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ledger stopped; see ledger.log");
            }
            try {
                if (get("/actuator/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The ledger did not start within two minutes; see ledger.log");
    }

    /** A bearer token for a user with these claims. */
    String token(String subject, String body, String area, String role) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .claim("preferred_username", subject).claim("roles", List.of(role)).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(4))));
        if (body != null) {
            claims.claim("body_id", body);
        }
        if (area != null) {
            claims.claim("mappa_area", area);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return "Bearer " + jwt.serialize();
    }

    /** A load client's own kept-alive connection. */
    Http1Connection connect() {
        URI base = URI.create(baseUrl);
        return new Http1Connection(base.getHost(), base.getPort());
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String authorization, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
