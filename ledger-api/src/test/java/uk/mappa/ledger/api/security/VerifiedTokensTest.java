package uk.mappa.ledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** A token's signature is checked once; its validity is still checked on every use. */
class VerifiedTokensTest {

    static final Instant ISSUED = Instant.parse("2026-12-02T09:00:00Z");

    final KeyPair keys = keyPair();
    final MovableClock clock = new MovableClock(ISSUED);
    final JwtTimestampValidator timestamps = timestamps(clock);
    final AtomicInteger signaturesChecked = new AtomicInteger();
    final JwtDecoder tokens = new VerifiedTokens(counting(verifier(keys)), timestamps);

    @Test
    void theSameTokenHasItsSignatureCheckedOnce() throws Exception {
        String token = sign(keys, "manager.knowsley-lscb", ISSUED.plusSeconds(600));

        Jwt first = tokens.decode(token);
        Jwt again = tokens.decode(token);

        assertThat(again.getSubject()).isEqualTo(first.getSubject()).isEqualTo("manager.knowsley-lscb");
        assertThat(signaturesChecked).hasValue(1);
        assertThat(tokens.decode(sign(keys, "manager.sefton-lscb", ISSUED.plusSeconds(600))).getSubject())
                .isEqualTo("manager.sefton-lscb");
        assertThat(signaturesChecked).hasValue(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws Exception {
        String token = sign(keys, "manager.knowsley-lscb", ISSUED.plusSeconds(60));
        tokens.decode(token);

        clock.now = ISSUED.plusSeconds(61);

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenWithTheSameClaimsButAnotherSignatureIsCheckedAndRefused() throws Exception {
        String token = sign(keys, "manager.knowsley-lscb", ISSUED.plusSeconds(600));
        tokens.decode(token);
        String forged = sign(keyPair(), "manager.knowsley-lscb", ISSUED.plusSeconds(600));
        String spliced = token.substring(0, token.lastIndexOf('.')) + forged.substring(forged.lastIndexOf('.'));

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(spliced)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(null)).isInstanceOf(BadJwtException.class);
    }

    private JwtDecoder counting(JwtDecoder verifier) {
        return token -> {
            signaturesChecked.incrementAndGet();
            return verifier.decode(token);
        };
    }

    private JwtDecoder verifier(KeyPair keys) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        decoder.setJwtValidator(timestamps);
        return decoder;
    }

    private static JwtTimestampValidator timestamps(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    private static String sign(KeyPair keys, String subject, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
                .issueTime(Date.from(ISSUED)).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
