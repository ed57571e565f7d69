package uk.mappa.ledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers prove who they are.
 *
 * @param demoUsers {@code true} to offer the demo users (only ever on a local H2 file or in-memory
 *                  database); anything else offers none
 * @param console   how people sign in to the web console when there are no demo users
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(Boolean demoUsers, Jwt jwt, Console console) {

    public SecurityProperties {
        jwt = jwt == null ? new Jwt(null, null, null, null, null, null, null, null, null) : jwt;
        console = console == null ? new Console(null, null) : console;
    }

    /**
     * The console's OpenID Connect client at the same issuer as the API's tokens: people sign in there with the
     * authorization code flow and PKCE, and their ID token carries the same body, roles and area claims.
     *
     * @param clientId     the console's client at the issuer; blank for no OpenID Connect sign-in
     * @param clientSecret its secret, if the issuer made it a confidential client; blank for a public one
     */
    public record Console(String clientId, String clientSecret) {

        public boolean configured() {
            return Jwt.hasText(clientId);
        }
    }

    /**
     * Bearer tokens from the deployment's identity provider, and the claims that say who the user is.
     *
     * @param issuerUri the one issuer whose tokens are accepted ({@code iss}); required whenever tokens are
     *                  on, also with a JWK set or a public key
     * @param audience  the audience a token must name ({@code aud}): this ledger, as the identity provider
     *                  calls it; required whenever tokens are on
     * @param discoveryUri where the ledger itself reads the issuer's discovery document, when it cannot reach
     *                  the issuer at its public address (inside docker compose, say); the document must still
     *                  name {@code issuerUri} as its issuer. Blank: {@code issuerUri}'s own.
     */
    public record Jwt(String issuerUri, String audience, String jwkSetUri, String publicKeyLocation,
                      String usernameClaim, String bodyClaim, String rolesClaim, String areaClaim,
                      String discoveryUri) {

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
