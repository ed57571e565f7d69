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
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.web.Problems;
import uk.mappa.ledger.core.actor.Role;

/**
 * Authentication: bearer tokens from the deployment's identity provider in production; demo users over
 * HTTP Basic only on the embedded default when asked for. Every request to the API needs at least one of
 * the ledger's roles; beyond that, who may see what is decided per resource by
 * {@link uk.mappa.ledger.core.actor.AccessRules} and the domain's own rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AuthenticationMode authenticationMode(SecurityProperties properties, Environment environment) {
        return AuthenticationMode.decide(properties, environment.getProperty("spring.datasource.url", ""));
    }

    /**
     * The web console (its pages, the sign-in page and their assets): signed in with a session cookie, so every
     * form carries a CSRF token. Who may see what is decided by the same components the API uses. People sign in
     * with a demo user's form (the embedded default) or at the issuer of the API's tokens (OpenID Connect, the
     * authorization code flow with PKCE). Without either, the console's paths fall to the API's chain and
     * answer 401.
     */
    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, AuthenticationMode mode, ActorResolver actors,
                                ClientRegistrationRepository clients) throws Exception {
        RequestMatcher pages = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/"),
                PathPatternRequestMatcher.withDefaults().matcher("/console/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/sign-in"),
                PathPatternRequestMatcher.withDefaults().matcher("/sign-out"),
                PathPatternRequestMatcher.withDefaults().matcher("/oauth2/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/login/oauth2/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/assets/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"));
        http.securityMatcher(request -> mode.console() && pages.matches(request))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/sign-in", "/assets/**", "/webjars/**").permitAll()
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(actors.holdsALedgerRole(authentication.get()))))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                // Signed in, but with no role in the ledger (an account the issuer knows for something else).
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/sign-in?noRole"));
        if (mode.demoUsers()) {
            http.userDetailsService(new DemoUsers())
                    .formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", false)
                            .failureUrl("/sign-in?error").permitAll());
        }
        if (mode.consoleSignIn()) {
            DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                    clients, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // PKCE for every sign-in, also by a confidential client (RFC 9700 2.1.1).
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
            signedOut.setPostLogoutRedirectUri("{baseUrl}/sign-in?signedOut");
            http.oauth2Login(login -> login.loginPage("/sign-in").clientRegistrationRepository(clients)
                            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                            .defaultSuccessUrl("/", false).failureUrl("/sign-in?error").permitAll())
                    .logout(logout -> logout.logoutSuccessHandler(signedOut));
        }
        return http.build();
    }

    /** The console's OpenID Connect client, when it has one (no registration otherwise). */
    @Bean
    ClientRegistrationRepository consoleClients(SecurityProperties properties) {
        return new IssuerClientRegistrations(properties);
    }

    /**
     * A console sign-in's ID token is checked as the API checks its bearer tokens, beyond what OpenID Connect
     * itself requires (issuer, audience, lifetime, signature): a usable subject that is not the ledger's own.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders(SecurityProperties properties) {
        OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
        decoders.setJwtValidatorFactory(registration -> new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(), new OidcIdTokenValidator(registration),
                TokenClaims.subject(properties.jwt().usernameClaim())));
        return decoders;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationMode mode, JsonMapper json, ActorResolver actors,
                            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        StringJoiner challenges = new StringJoiner(", ");
        if (mode.jwt()) {
            challenges.add("Bearer");
        }
        if (mode.demoUsers()) {
            challenges.add("Basic realm=\"ledger\"");
        }
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json, challenges.toString());
        // No cookies or sessions: bearer tokens are never sent by a browser on its own, and the demo users'
        // cached Basic credentials are covered by the JSON-only rule for writes below.
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Operators' metrics: auditors (read everything, change nothing) and nobody else.
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access((authentication, context) ->
                                new AuthorizationDecision(actors.from(authentication.get())
                                        .map(actor -> actor.hasRole(Role.AUDITOR)).orElse(false)))
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(actors.holdsALedgerRole(authentication.get()))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new JsonWritesOnly(problems), AuthorizationFilter.class);
        if (mode.demoUsers()) {
            http.userDetailsService(new DemoUsers())
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (mode.jwt()) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .bearerTokenResolver(new AuthorizationHeaderTokens())
                    .jwt(jwt -> jwt.decoder(jwtDecoder.getObject())));
        }
        return http.build();
    }

    /** Spring Security's strict firewall, checking headers without a regular expression ({@link HeaderCharacters}). */
    @Bean
    HttpFirewall firewall() {
        return HeaderCharacters.firewall();
    }

    /** A request the firewall refuses (an encoded NUL, a path with "..") as problem JSON, like every other error. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return (request, response, rejected) -> Problems.write(json, response,
                Problems.problem(HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
                        "The request's address contains characters the ledger does not accept."));
    }

    /**
     * Tokens are accepted only from the configured issuer, for the configured audience, within their validity,
     * and with a subject that is not one of the ledger's reserved names.
     */
    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        SecurityProperties.Jwt jwt = properties.jwt();
        if (!jwt.configured()) {
            return token -> {
                throw new org.springframework.security.oauth2.jwt.BadJwtException("Bearer tokens are not configured");
            };
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(jwt.issuerUri()),
                TokenClaims.audience(jwt.audience()),
                TokenClaims.subject(jwt.usernameClaim()));
        if (SecurityProperties.Jwt.hasText(jwt.publicKeyLocation())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(jwt.publicKeyLocation())).build();
            decoder.setJwtValidator(validator);
            return new VerifiedTokens(decoder, validator);
        }
        if (SecurityProperties.Jwt.hasText(jwt.jwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return new VerifiedTokens(decoder, validator);
        }
        // Resolved on first use, so the ledger can start before the identity provider answers.
        return new VerifiedTokens(new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                    IssuerDiscovery.text(IssuerDiscovery.read(jwt), "jwks_uri")).jwsAlgorithms(algorithms -> {
                        algorithms.add(SignatureAlgorithm.RS256);
                        algorithms.add(SignatureAlgorithm.PS256);
                        algorithms.add(SignatureAlgorithm.ES256);
                    }).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }), validator);
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
