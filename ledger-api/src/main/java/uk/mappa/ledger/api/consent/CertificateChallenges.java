package uk.mappa.ledger.api.consent;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Challenges for proving possession of a certificate's private key, kept in the database so that any node
 * can check one another issued. A challenge is for one body, used once, and expires after ten minutes.
 */
@Component
class CertificateChallenges {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A challenge to sign, and until when it can be used. */
    record Challenge(String challenge, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CertificateChallenges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Challenge issue(BodyId body, Actor actor) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Instant now = clock.instant();
        Challenge challenge = new Challenge(HexFormat.of().formatHex(random), now.plus(LIFETIME));
        jdbc.update("delete from certificate_challenge where expires_at < ?", Timestamp.from(now));
        jdbc.update("insert into certificate_challenge (challenge, body_id, issued_to, expires_at) values (?, ?, ?, ?)",
                challenge.challenge(), body.value(), actor.userId(), Timestamp.from(challenge.expiresAt()));
        return challenge;
    }

    /** Uses up the challenge if it was issued for this body and has not expired; says whether it was. */
    boolean consume(BodyId body, String challenge) {
        return jdbc.update("delete from certificate_challenge where challenge = ? and body_id = ? and expires_at > ?",
                challenge, body.value(), Timestamp.from(clock.instant())) == 1;
    }
}
