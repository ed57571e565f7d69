package uk.mappa.ledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationModeTest {

    static final String H2 = "jdbc:h2:file:./data/ledger";
    static final String POSTGRES = "jdbc:postgresql://db:5432/ledger?user=x";
    static final String ISSUER = "https://idp";
    static final String AUDIENCE = "ledger-api";

    static SecurityProperties properties(Boolean demoUsers, String issuer, String audience, String publicKey) {
        return new SecurityProperties(demoUsers,
                new SecurityProperties.Jwt(issuer, audience, null, publicKey, null, null, null, null, null), null);
    }

    @Test
    void theConsoleSignsPeopleInAtTheIssuerOfTheApisTokensOnly() {
        SecurityProperties.Jwt jwt = new SecurityProperties.Jwt(ISSUER, AUDIENCE, null, null, null, null, null, null, null);
        SecurityProperties.Console client = new SecurityProperties.Console("ledger-console", null);
        AuthenticationMode withConsole = AuthenticationMode.decide(new SecurityProperties(null, jwt, client), POSTGRES);
        assertThat(withConsole).isEqualTo(new AuthenticationMode(false, true, true));
        assertThat(withConsole.console()).isTrue();
        assertThat(AuthenticationMode.decide(tokens(null), POSTGRES).console()).isFalse();
        assertThat(AuthenticationMode.decide(properties(true, null, null, null), H2).console()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> AuthenticationMode.decide(new SecurityProperties(true,
                        new SecurityProperties.Jwt(null, null, null, null, null, null, null, null, null), client), H2))
                .withMessageContaining("LEDGER_CONSOLE_CLIENT_ID");
    }

    static SecurityProperties tokens(Boolean demoUsers) {
        return properties(demoUsers, ISSUER, AUDIENCE, null);
    }

    @Test
    void demoUsersExistOnlyWhenAskedFor() {
        assertThat(AuthenticationMode.decide(properties(true, null, null, null), H2))
                .isEqualTo(new AuthenticationMode(true, false));
        assertThat(AuthenticationMode.decide(tokens(null), H2)).isEqualTo(new AuthenticationMode(false, true));
        assertThat(AuthenticationMode.decide(tokens(true), H2)).isEqualTo(new AuthenticationMode(true, true));
    }

    @Test
    void theEmbeddedDatabaseAloneOffersNoDemoUsers() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(null, null, null, null), H2))
                .withMessageContaining("LEDGER_DEMO_USERS=true");
    }

    @Test
    void aRealDatabaseUsesTokensOnly() {
        assertThat(AuthenticationMode.decide(tokens(null), POSTGRES)).isEqualTo(new AuthenticationMode(false, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {POSTGRES, "jdbc:h2:tcp://db:9092/ledger", "jdbc:h2:ssl://db/ledger",
            "jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE"})
    void demoUsersRefuseToStartOnADatabaseOthersCanReachWithoutRevealingItsCredentials(String url) {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(tokens(true), url))
                .withMessageContaining("Demo users exist only on a local embedded H2 database")
                .withMessageNotContaining("user=x");
    }

    @Test
    void tokensNeedAnIssuerEvenWithAKeyFile() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(null, null, AUDIENCE, "key.pem"), POSTGRES))
                .withMessageContaining("LEDGER_OAUTH2_ISSUER_URI");
    }

    @Test
    void tokensNeedAnAudience() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(null, ISSUER, null, null), POSTGRES))
                .withMessageContaining("LEDGER_OAUTH2_AUDIENCE");
    }

    @Test
    void aLedgerNobodyCouldSignInToRefusesToStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(null, null, null, null), POSTGRES))
                .withMessageContaining("LEDGER_OAUTH2_ISSUER_URI");
        assertThatIllegalStateException()
                .isThrownBy(() -> AuthenticationMode.decide(properties(false, null, null, null), H2));
    }
}
