package uk.mappa.ledger.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A token's signature checked once, not on every request: API callers send the same bearer token many times, and
 * checking its RSA signature was a sixth of the CPU a recorded share cost. The exact token (every byte of header,
 * claims and signature) is the key, so only the same token is ever matched; its claims are still validated on
 * every request (expiry, not-before, issuer, audience, subject), so an expired token is refused the moment it
 * expires. A token is remembered for at most {@link #REMEMBERED} after its signature was checked, so a signing key
 * withdrawn from the issuer's key set stops being honoured within that time.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MOST_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(MOST_TOKENS)
            .expireAfterWrite(REMEMBERED).build();

    /** @param verifier checks the signature and then the claims with {@code validator} */
    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator) {
        this.verifier = verifier;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (token == null) {
            throw new BadJwtException("No token");
        }
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return known;
    }
}
