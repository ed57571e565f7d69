package uk.mappa.ledger.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.StringJoiner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authentication: bearer tokens from the deployment's identity provider in production; demo users over
 * HTTP Basic only on the embedded default. Authorisation beyond "signed in" is decided per resource by
 * {@link uk.mappa.ledger.core.actor.AccessRules} and the domain's own rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AuthenticationMode authenticationMode(SecurityProperties properties, Environment environment) {
        return AuthenticationMode.decide(properties, environment.getProperty("spring.datasource.url", ""));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationMode mode, JsonMapper json,
                            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        StringJoiner challenges = new StringJoiner(", ");
        if (mode.jwt()) {
            challenges.add("Bearer");
        }
        if (mode.demoUsers()) {
            challenges.add("Basic realm=\"ledger\"");
        }
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json, challenges.toString());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        if (mode.demoUsers()) {
            http.userDetailsService(new DemoUsers())
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (mode.jwt()) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(jwtDecoder.getObject())));
        }
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        SecurityProperties.Jwt jwt = properties.jwt();
        if (SecurityProperties.Jwt.hasText(jwt.publicKeyLocation())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(jwt.publicKeyLocation())).build();
            decoder.setJwtValidator(SecurityProperties.Jwt.hasText(jwt.issuerUri())
                    ? JwtValidators.createDefaultWithIssuer(jwt.issuerUri())
                    : JwtValidators.createDefault());
            return decoder;
        }
        if (SecurityProperties.Jwt.hasText(jwt.jwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            if (SecurityProperties.Jwt.hasText(jwt.issuerUri())) {
                decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                        JwtValidators.createDefaultWithIssuer(jwt.issuerUri())));
            }
            return decoder;
        }
        if (SecurityProperties.Jwt.hasText(jwt.issuerUri())) {
            // Resolved on first use, so the ledger can start before the identity provider answers.
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(jwt.issuerUri()));
        }
        return token -> {
            throw new org.springframework.security.oauth2.jwt.BadJwtException("Bearer tokens are not configured");
        };
    }

    private static RSAPublicKey readPublicKey(String location) {
        Resource resource = new DefaultResourceLoader().getResource(location.contains(":") ? location : "file:" + location);
        try (InputStream in = resource.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the token-signing public key from " + location
                    + ": it must be an RSA public key in PEM (BEGIN PUBLIC KEY)", e);
        }
    }
}
