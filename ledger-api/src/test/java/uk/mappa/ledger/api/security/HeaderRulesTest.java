package uk.mappa.ledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * The firewall's header checks and the bearer token's reading decide exactly what Spring Security's defaults
 * decide: each case is put to both.
 */
class HeaderRulesTest {

    static final List<String> VALUES = List.of("", "application/json", "tab\tinside", "caf\u00e9",
            "emoji \uD83D\uDE00", "bell\u0007", "nul\u0000", "del\u007f", "c1\u0085", "unassigned\u0378",
            "lone surrogate \uD800", "line\nbreak", "return\r", "\u2028separator");

    @Test
    void headerValuesAreAllowedExactlyWhenTheDefaultAllowsThem() {
        for (String value : VALUES) {
            assertThat(HeaderCharacters.VALUES.test(value)).as(value).isEqualTo(defaultAllowsValue(value));
        }
    }

    @Test
    void headerNamesAreAllowedExactlyWhenTheDefaultAllowsThem() {
        for (String name : VALUES) {
            assertThat(HeaderCharacters.NAMES.test(name)).as(name).isEqualTo(defaultAllowsName(name));
        }
        assertThat(HeaderCharacters.NAMES.test("tab\tinside")).isFalse();
    }

    @Test
    void bearerTokensAreReadAsTheDefaultReadsThem() {
        List<String> headers = List.of("Bearer abc.DEF-123_~+/", "bearer abc==", "BEARER x", "Bearer a=b",
                "Bearer ", "Bearer", "Bearer  abc", "Bearer abc def", "Bearerabc", "Bearer ===", "Bearer é",
                "Basic dXNlcjpwYXNz", "Token abc", "");
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Authorization", header);
            Object expected = outcome(() -> new DefaultBearerTokenResolver().resolve(request));
            assertThat(outcome(() -> new AuthorizationHeaderTokens().resolve(request))).as(header).isEqualTo(expected);
        }
        assertThat(new AuthorizationHeaderTokens().resolve(new MockHttpServletRequest())).isNull();
    }

    @Test
    void aTokenInTheAddressIsNotRead() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("access_token", "abc");
        assertThat(new AuthorizationHeaderTokens().resolve(request)).isNull();
    }

    @Test
    void theFirewallRefusesAControlCharacterInAHeader() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/shares");
        request.addHeader("X-Note", "bell\u0007");
        var firewalled = HeaderCharacters.firewall().getFirewalledRequest(request);
        assertThatThrownBy(() -> firewalled.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }

    private static boolean defaultAllowsValue(String value) {
        return value.matches("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");
    }

    private static boolean defaultAllowsName(String name) {
        return name.matches("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    }

    /** The token read, or the error's description. */
    private static Object outcome(java.util.function.Supplier<String> resolve) {
        try {
            return String.valueOf(resolve.get());
        } catch (OAuth2AuthenticationException refused) {
            return "refused: " + refused.getError().getDescription();
        }
    }
}
