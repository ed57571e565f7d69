package uk.mappa.ledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers prove who they are.
 *
 * @param demoUsers {@code null} to decide from the database (on for the embedded H2 default when no
 *                  token issuer is configured), or an explicit choice
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(Boolean demoUsers, Jwt jwt) {

    public SecurityProperties {
        jwt = jwt == null ? new Jwt(null, null, null, null, null, null, null) : jwt;
    }

    /**
     * Bearer tokens from the deployment's identity provider, and the claims that say who the user is.
     */
    public record Jwt(String issuerUri, String jwkSetUri, String publicKeyLocation, String usernameClaim,
                      String bodyClaim, String rolesClaim, String areaClaim) {

        public Jwt {
            usernameClaim = orDefault(usernameClaim, "preferred_username");
            bodyClaim = orDefault(bodyClaim, "body_id");
            rolesClaim = orDefault(rolesClaim, "roles");
            areaClaim = orDefault(areaClaim, "mappa_area");
        }

        public boolean configured() {
            return hasText(issuerUri) || hasText(jwkSetUri) || hasText(publicKeyLocation);
        }

        private static String orDefault(String value, String fallback) {
            return hasText(value) ? value : fallback;
        }

        static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }
}
