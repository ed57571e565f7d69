package uk.mappa.ledger.api.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.function.SingletonSupplier;

/**
 * The console's one OpenID Connect client, at the issuer of the API's tokens. Its endpoints and keys come from
 * the issuer's discovery document, read on the first sign-in (and again until it answers), so the ledger can
 * start before its identity provider does.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    /** The registration's id: the sign-in starts at /oauth2/authorization/ledger. */
    static final String ID = "ledger";

    private final boolean configured;
    private final SingletonSupplier<ClientRegistration> registration;

    IssuerClientRegistrations(SecurityProperties properties) {
        SecurityProperties.Console console = properties.console();
        this.configured = console.configured() && SecurityProperties.Jwt.hasText(properties.jwt().issuerUri());
        boolean confidential = SecurityProperties.Jwt.hasText(console.clientSecret());
        this.registration = SingletonSupplier.of(() -> ClientRegistrations
                .fromIssuerLocation(properties.jwt().issuerUri())
                .registrationId(ID)
                .clientId(console.clientId())
                .clientSecret(confidential ? console.clientSecret() : null)
                // A public client proves itself with PKCE alone; a confidential one with its secret too.
                .clientAuthenticationMethod(confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                        : ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .build());
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return configured && ID.equals(registrationId) ? registration.obtain() : null;
    }
}
