package uk.mappa.ledger.api.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Makes a request safe to retry: with an {@code Idempotency-Key}, the first response is stored in the
 * same transaction as what the request recorded, and the same key with the same body returns it again
 * without recording anything. Keys belong to the user who sent them.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    private record Stored(String requestSha256, int status, String location, String body) {
    }

    public <T> ResponseEntity<T> once(Actor actor, String key, Object request, Class<T> responseType,
                                      Supplier<ResponseEntity<T>> action) {
        if (key == null) {
            return action.get();
        }
        requireAcceptable(key);
        String fingerprint = sha256(json.writeValueAsString(request));
        Optional<Stored> earlier = find(actor.userId(), key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint, responseType);
        }
        try {
            return transactions.execute(status -> {
                ResponseEntity<T> response = action.get();
                store(actor.userId(), key, fingerprint, response);
                return response;
            });
        } catch (DuplicateKeyException concurrentFirst) {
            // Another request with this key committed first; what this one did was rolled back.
            return replay(find(actor.userId(), key).orElseThrow(), fingerprint, responseType);
        }
    }

    private static void requireAcceptable(String key) {
        if (!ACCEPTABLE_KEY.matcher(key).matches()) {
            new InvalidRequestException.Collector()
                    .add(HEADER, "must be 1 to 255 visible ASCII characters, such as a UUID")
                    .throwIfAny();
        }
    }

    private <T> ResponseEntity<T> replay(Stored stored, String fingerprint, Class<T> responseType) {
        if (!stored.requestSha256().equals(fingerprint)) {
            throw RuleViolation.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(stored.status()))
                .header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        return builder.body(json.readValue(stored.body(), responseType));
    }

    private Optional<Stored> find(String username, String key) {
        return jdbc.sql("""
                        select request_sha256, status, location, response_body from idempotency_record
                        where username = ? and idempotency_key = ?""")
                .params(username, key)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private void store(String username, String key, String fingerprint, ResponseEntity<?> response) {
        URI location = response.getHeaders().getLocation();
        jdbc.sql("""
                        insert into idempotency_record
                        (username, idempotency_key, request_sha256, status, location, response_body, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(username, key, fingerprint, response.getStatusCode().value(),
                        location == null ? null : location.toString(), json.writeValueAsString(response.getBody()),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
