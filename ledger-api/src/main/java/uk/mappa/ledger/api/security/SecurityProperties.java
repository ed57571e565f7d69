package uk.mappa.ledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers prove who they are.
 *
 * @param demoUsers {@code true} to offer the demo users (only ever on a local H2 file or in-memory
 *                  database); anything else offers none
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(Boolean demoUsers, Jwt jwt) {

    public SecurityProperties {
        jwt = jwt == null ? new Jwt(null, null, null, null, null, null, null, null) : jwt;
    }

    /**
     * Bearer tokens from the deployment's identity provider, and the claims that say who the user is.
     *
     * @param issuerUri the one issuer whose tokens are accepted ({@code iss}); required whenever tokens are
     *                  on, also with a JWK set or a public key
     * @param audience  the audience a token must name ({@code aud}): this ledger, as the identity provider
     *                  calls it; required whenever tokens are on
     */
    public record Jwt(String issuerUri, String audience, String jwkSetUri, String publicKeyLocation,
                      String usernameClaim, String bodyClaim, String rolesClaim, String areaClaim) {

        public Jwt {
            usernameClaim = orDefault(usernameClaim, "preferred_username");
            bodyClaim = orDefault(bodyClaim, "body_id");
            rolesClaim = orDefault(rolesClaim, "roles");
            areaClaim = orDefault(areaClaim, "mappa_area");
        }

        public boolean configured() {
            return hasText(issuerUri) || hasText(jwkSetUri) || hasText(publicKeyLocation) || hasText(audience);
        }

        private static String orDefault(String value, String fallback) {
            return hasText(value) ? value : fallback;
        }

        static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }
}
