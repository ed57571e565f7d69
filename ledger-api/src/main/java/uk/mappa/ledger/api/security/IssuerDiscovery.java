package uk.mappa.ledger.api.security;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * The issuer's OpenID Connect discovery document, read where the ledger can reach it: at the issuer's own
 * address, or at {@code discoveryUri} when the ledger reaches the identity provider by another name than
 * people's browsers do (a container network). Either way the document must name the configured issuer, so
 * tokens from another provider are never trusted.
 */
final class IssuerDiscovery {

    private IssuerDiscovery() {
    }

    static Map<String, Object> read(SecurityProperties.Jwt jwt) {
        String location = SecurityProperties.Jwt.hasText(jwt.discoveryUri()) ? jwt.discoveryUri()
                : jwt.issuerUri().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        Map<String, Object> metadata = RestClient.create().get().uri(location).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        if (metadata == null || !jwt.issuerUri().equals(metadata.get("issuer"))) {
            throw new IllegalStateException("The discovery document at " + location + " names issuer "
                    + (metadata == null ? null : metadata.get("issuer")) + ", not " + jwt.issuerUri() + ".");
        }
        return metadata;
    }

    static String text(Map<String, Object> metadata, String name) {
        Object value = metadata.get(name);
        return value == null ? null : value.toString();
    }
}
