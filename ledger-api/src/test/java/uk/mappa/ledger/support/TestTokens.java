package uk.mappa.ledger.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A throwaway identity provider: an RSA key made for the test run, its public key in a PEM file the
 * ledger is pointed at, and signed bearer tokens with the ledger's claims.
 */
public final class TestTokens {

    public static final String ISSUER = "https://idp.test.invalid/realms/ledger";
    public static final String AUDIENCE = "ledger-api";

    private final KeyPair keys;
    private final Path publicKeyPem;

    private TestTokens(KeyPair keys, Path publicKeyPem) {
        this.keys = keys;
        this.publicKeyPem = publicKeyPem;
    }

    public static TestTokens generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path pem = Files.createTempFile("ledger-test-token-key", ".pem");
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            pem.toFile().deleteOnExit();
            return new TestTokens(keys, pem);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path publicKeyPem() {
        return publicKeyPem;
    }

    /** A valid token for a user of a body; {@code body} and {@code area} may be null. */
    public String token(String username, String body, String area, String... roles) {
        return sign(keys, claims(username, body, area, roles).build());
    }

    /** A token signed with the right key whose claims the test shapes, e.g. another issuer or no subject. */
    public String token(JWTClaimsSet claims) {
        return sign(keys, claims);
    }

    /** The claims of a valid token, to change one of them. */
    public static JWTClaimsSet.Builder claims(String username, String body, String area, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username)
                .claim("preferred_username", username)
                .claim("roles", List.of(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
        if (body != null) {
            claims.claim("body_id", body);
        }
        if (area != null) {
            claims.claim("mappa_area", area);
        }
        return claims;
    }

    /** A token signed by some other key, which the ledger must refuse. */
    public static String forgedToken(String username, String body, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair(), claims(username, body, null, roles).build());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
