package uk.mappa.ledger.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A caller signed in with a bearer token whose claims the test chooses, for MockMvc: any role of any body
 * in any area, without an identity provider. The token's signature, issuer and audience are checked by
 * the tests that start the ledger with {@link TestTokens}.
 */
public final class MockTokens {

    private MockTokens() {
    }

    /** {@code body} and {@code area} may be null; roles as the ledger names them. */
    public static RequestPostProcessor bearer(String subject, String body, String area, String... roles) {
        return jwt().jwt(token -> {
            token.issuer(TestTokens.ISSUER).audience(java.util.List.of(TestTokens.AUDIENCE)).subject(subject)
                    .claim("preferred_username", subject).claim("roles", Arrays.asList(roles));
            if (body != null) {
                token.claim("body_id", body);
            }
            if (area != null) {
                token.claim("mappa_area", area);
            }
        });
    }
}
