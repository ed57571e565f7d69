package uk.mappa.ledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class AuthenticationModeTest {

    static final String H2 = "jdbc:h2:file:./data/ledger";
    static final String POSTGRES = "jdbc:postgresql://db:5432/ledger?user=x";

    static SecurityProperties properties(Boolean demoUsers, String issuer) {
        return new SecurityProperties(demoUsers, new SecurityProperties.Jwt(issuer, null, null, null, null, null, null));
    }

    @Test
    void theEmbeddedDefaultOffersDemoUsers() {
        assertThat(AuthenticationMode.decide(properties(null, null), H2)).isEqualTo(new AuthenticationMode(true, false));
    }

    @Test
    void anIssuerReplacesTheDemoUsersUnlessTheyAreAskedFor() {
        assertThat(AuthenticationMode.decide(properties(null, "https://idp"), H2))
                .isEqualTo(new AuthenticationMode(false, true));
        assertThat(AuthenticationMode.decide(properties(true, "https://idp"), H2))
                .isEqualTo(new AuthenticationMode(true, true));
    }

    @Test
    void aRealDatabaseUsesTokensOnly() {
        assertThat(AuthenticationMode.decide(properties(null, "https://idp"), POSTGRES))
                .isEqualTo(new AuthenticationMode(false, true));
    }

    @Test
    void demoUsersRefuseToStartOnARealDatabaseWithoutRevealingItsCredentials() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(true, "https://idp"), POSTGRES))
                .withMessageContaining("Demo users exist only on the embedded H2 database")
                .withMessageNotContaining("user=x");
    }

    @Test
    void aLedgerNobodyCouldSignInToRefusesToStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(null, null), POSTGRES))
                .withMessageContaining("LEDGER_OAUTH2_ISSUER_URI");
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(false, null), H2));
    }
}
