package uk.mappa.ledger.log;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.verify.LogPublicKey;
import uk.mappa.ledger.verify.LogSigningKey;

/**
 * One log, one key. The first node to start records its public key as the log's; every node compares its
 * own key with that record, and one whose key differs neither seals nor signs, says so in its log, and
 * reports DOWN in its health, so that the log never carries tree heads signed by two keys. On a log that
 * predates the record, a node may record its key only if the latest tree head verifies with it.
 */
@Component("ledgerLog")
class LogKeyGuard implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(LogKeyGuard.class);

    private final JdbcTemplate jdbc;
    private final LogSigningKey key;
    private final LogStore store;
    private final Clock clock;
    private volatile Boolean matches;

    LogKeyGuard(JdbcTemplate jdbc, LogSigningKey key, LogStore store, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.store = store;
        this.clock = clock;
    }

    /** Whether this node may seal and sign: its key is the log's. Decided once, on first use. */
    boolean mayWrite() {
        Boolean known = matches;
        if (known == null) {
            known = decide();
            matches = known;
        }
        return known;
    }

    private synchronized boolean decide() {
        if (matches != null) {
            return matches;
        }
        String mine = key.publicKey().pem();
        String recorded = recordedKey();
        if (recorded == null) {
            boolean signedByMe = store.latestTreeHead().map(head -> head.verifiedBy(key.publicKey())).orElse(true);
            if (signedByMe) {
                try {
                    jdbc.update("insert into ledger_log_key (id, public_key_pem, recorded_at) values (1, ?, ?)", mine,
                            Timestamp.from(clock.instant()));
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    // compare with what it recorded, below
                }
                recorded = recordedKey();
            }
        }
        boolean same = recorded != null && LogPublicKey.fromPem(recorded).pem().equals(mine);
        if (!same) {
            LOG.error("This node's tree-head signing key (LEDGER_LOG_KEY_FILE) is not the log's key recorded in the"
                    + " database: it will neither seal nor sign. Give every node of this ledger the same key file.");
        }
        return same;
    }

    private String recordedKey() {
        List<String> keys = jdbc.queryForList("select public_key_pem from ledger_log_key where id = 1", String.class);
        return keys.isEmpty() ? null : keys.get(0);
    }

    @Override
    public Health health() {
        return mayWrite() ? Health.up().build()
                : Health.down().withDetail("reason", "this node's signing key is not the log's key").build();
    }
}
