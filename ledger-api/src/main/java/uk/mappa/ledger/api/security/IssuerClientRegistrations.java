package uk.mappa.ledger.api.security;

import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.function.SingletonSupplier;

/**
 * The console's one OpenID Connect client, at the issuer of the API's tokens. Its endpoints and keys come from
 * the issuer's discovery document, read on the first sign-in (and again until it answers), so the ledger can
 * start before its identity provider does; the endpoints a browser is sent to are the document's, which a
 * provider behind two names (Keycloak with a backchannel) gives as people's browsers reach them.
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
        this.registration = SingletonSupplier.of(() -> fromDiscovery(properties.jwt())
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

    /** The provider's endpoints and keys from its discovery document (see {@link IssuerDiscovery}). */
    private static ClientRegistration.Builder fromDiscovery(SecurityProperties.Jwt jwt) {
        Map<String, Object> metadata = IssuerDiscovery.read(jwt);
        return ClientRegistration.withRegistrationId(ID)
                .issuerUri(jwt.issuerUri())
                .authorizationUri(IssuerDiscovery.text(metadata, "authorization_endpoint"))
                .tokenUri(IssuerDiscovery.text(metadata, "token_endpoint"))
                .jwkSetUri(IssuerDiscovery.text(metadata, "jwks_uri"))
                .userInfoUri(IssuerDiscovery.text(metadata, "userinfo_endpoint"))
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(metadata);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return configured && ID.equals(registrationId) ? registration.obtain() : null;
    }
}
