package uk.mappa.ledger.api.security;

import uk.mappa.ledger.api.config.EmbeddedDatabase;

/**
 * Which ways of signing in this deployment offers, decided once at start-up. Demo users exist only when
 * the deployment asks for them and its database is a local H2 file (or in memory): never next to a
 * database other machines can reach. Bearer tokens are accepted only from one configured issuer for one
 * configured audience. A deployment with no way to sign in, or half a token configuration, refuses to
 * start rather than run open, locked or trusting the wrong tokens.
 */
public record AuthenticationMode(boolean demoUsers, boolean jwt, boolean consoleSignIn) {

    AuthenticationMode(boolean demoUsers, boolean jwt) {
        this(demoUsers, jwt, false);
    }

    /** Whether the web console is served: people can sign in to it with a demo user or at the issuer. */
    public boolean console() {
        return demoUsers || consoleSignIn;
    }

    static AuthenticationMode decide(SecurityProperties properties, String datasourceUrl) {
        SecurityProperties.Jwt jwt = properties.jwt();
        boolean demo = Boolean.TRUE.equals(properties.demoUsers());
        if (demo && !EmbeddedDatabase.local(datasourceUrl)) {
            throw new IllegalStateException("Demo users exist only on a local embedded H2 database, and this ledger"
                    + " uses " + datasourceUrl.replaceAll("[?;].*", "") + ". Unset LEDGER_DEMO_USERS and configure"
                    + " LEDGER_OAUTH2_ISSUER_URI and LEDGER_OAUTH2_AUDIENCE for bearer tokens.");
        }
        if (jwt.configured()) {
            if (!SecurityProperties.Jwt.hasText(jwt.issuerUri())) {
                throw new IllegalStateException("Bearer tokens need LEDGER_OAUTH2_ISSUER_URI: the one issuer whose"
                        + " tokens this ledger accepts, also when the keys come from a JWK set or a key file.");
            }
            if (!SecurityProperties.Jwt.hasText(jwt.audience())) {
                throw new IllegalStateException("Bearer tokens need LEDGER_OAUTH2_AUDIENCE: the audience ('aud')"
                        + " your identity provider puts in tokens meant for this ledger.");
            }
        }
        if (properties.console().configured() && !jwt.configured()) {
            throw new IllegalStateException("The console signs people in at the issuer of the API's tokens: with"
                    + " LEDGER_CONSOLE_CLIENT_ID set, configure LEDGER_OAUTH2_ISSUER_URI and LEDGER_OAUTH2_AUDIENCE.");
        }
        if (!demo && !jwt.configured()) {
            throw new IllegalStateException("Nobody could sign in to this ledger: configure LEDGER_OAUTH2_ISSUER_URI"
                    + " and LEDGER_OAUTH2_AUDIENCE for bearer tokens, or, to try it on its embedded database,"
                    + " set LEDGER_DEMO_USERS=true.");
        }
        return new AuthenticationMode(demo, jwt.configured(), properties.console().configured());
    }
}
