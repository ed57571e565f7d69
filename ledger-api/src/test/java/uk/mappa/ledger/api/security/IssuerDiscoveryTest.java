package uk.mappa.ledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The issuer's discovery document is read at its address or at the one configured, and must name the issuer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuerDiscoveryTest {

    MockOAuth2Server provider;

    @BeforeAll
    void start() {
        provider = new MockOAuth2Server();
        provider.start(0);
    }

    @AfterAll
    void stop() {
        provider.shutdown();
    }

    static SecurityProperties.Jwt jwt(String issuer, String discovery) {
        return new SecurityProperties.Jwt(issuer, "ledger-api", null, null, null, null, null, null, discovery);
    }

    @Test
    void theDocumentComesFromTheIssuerOrTheConfiguredAddressAndMustNameTheIssuer() {
        String issuer = provider.issuerUrl("mappa").toString();
        assertThat(IssuerDiscovery.text(IssuerDiscovery.read(jwt(issuer, null)), "jwks_uri"))
                .isEqualTo(provider.jwksUrl("mappa").toString());
        assertThat(IssuerDiscovery.text(IssuerDiscovery.read(jwt(issuer, provider.wellKnownUrl("mappa").toString())),
                "token_endpoint")).isEqualTo(provider.tokenEndpointUrl("mappa").toString());
        // Another issuer's document (here: the same server's other issuer) is never trusted for this one.
        assertThatIllegalStateException().isThrownBy(() -> IssuerDiscovery.read(jwt(issuer,
                provider.wellKnownUrl("elsewhere").toString()))).withMessageContaining("names issuer");
    }
}
