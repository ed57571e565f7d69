package uk.mappa.ledger.api.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.mappa.ledger.core.LedgerMetaData;

/**
 * Checks on a bearer token's claims beyond its signature, issuer and lifetime. A token that fails one is
 * refused as unauthenticated (401): the ledger cannot tell who sent it.
 */
final class TokenClaims {

    /** Longer subjects are refused: they end up in every event the user causes. */
    static final int MAX_SUBJECT_LENGTH = 255;

    private TokenClaims() {
    }

    /** The token must be meant for this ledger. */
    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return token -> {
            List<String> audiences = token.getAudience();
            return audiences != null && audiences.contains(audience) ? OAuth2TokenValidatorResult.success()
                    : failure("The token is not meant for this ledger (audience).");
        };
    }

    /**
     * The token must name its user with a subject the ledger can keep ({@code sub}: present, printable, of a
     * sensible length), and neither it nor the display name may be the ledger's own system actor.
     */
    static OAuth2TokenValidator<Jwt> subject(String displayNameClaim) {
        return token -> {
            String subject = token.getSubject();
            if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH
                    || subject.chars().anyMatch(Character::isISOControl)) {
                return failure("The token names no usable subject (sub).");
            }
            if (reserved(subject) || reserved(token.getClaimAsString(displayNameClaim))) {
                return failure("The token names a user the ledger reserves for itself.");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    static boolean reserved(String name) {
        return name != null && name.strip().toLowerCase(Locale.ROOT).equals(LedgerMetaData.SYSTEM_USER);
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
