package uk.mappa.ledger.api.security;

/**
 * Which ways of signing in this deployment offers. Demo users exist only on the embedded H2 database:
 * a deployment on a real database that asks for them refuses to start, and one with no way to sign in
 * at all refuses too, rather than run open or locked.
 */
record AuthenticationMode(boolean demoUsers, boolean jwt) {

    static AuthenticationMode decide(SecurityProperties properties, String datasourceUrl) {
        boolean embedded = datasourceUrl.startsWith("jdbc:h2:");
        boolean jwt = properties.jwt().configured();
        Boolean demoUsers = properties.demoUsers();
        if (Boolean.TRUE.equals(demoUsers) && !embedded) {
            throw new IllegalStateException("Demo users exist only on the embedded H2 database, and this ledger"
                    + " uses " + datasourceUrl.replaceAll("[?;].*", "") + ". Unset LEDGER_DEMO_USERS and configure"
                    + " LEDGER_OAUTH2_ISSUER_URI (or LEDGER_OAUTH2_JWK_SET_URI / LEDGER_OAUTH2_PUBLIC_KEY).");
        }
        boolean demo = demoUsers == null ? embedded && !jwt : demoUsers;
        if (!demo && !jwt) {
            throw new IllegalStateException("Nobody could sign in to this ledger: configure LEDGER_OAUTH2_ISSUER_URI"
                    + " (or LEDGER_OAUTH2_JWK_SET_URI / LEDGER_OAUTH2_PUBLIC_KEY) for bearer tokens.");
        }
        return new AuthenticationMode(demo, jwt);
    }
}
