package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mappa.ledger.support.RunningLedger;

/**
 * Signing in to the console at a real OpenID Connect provider running in the test (mock-oauth2-server: discovery,
 * JWKS, authorization code, tokens, user info, end session): the authorization code flow with PKCE, the person's
 * body, roles and area taken from the same claims the API's bearer tokens carry, and the same provider's access
 * tokens accepted by the API. No demo users: this is the production sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOidcSignInTest {

    static final String ISSUER_ID = "mappa";
    static final String CONSOLE_CLIENT = "ledger-console";
    static final String API_AUDIENCE = "ledger-api";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    MockOAuth2Server provider;
    RunningLedger ledger;

    @BeforeAll
    void start() {
        provider = new MockOAuth2Server();
        provider.start(0);
        ledger = RunningLedger.start("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:ledger-oidc;DB_CLOSE_DELAY=-1",
                "--ledger.security.jwt.issuer-uri=" + provider.issuerUrl(ISSUER_ID),
                "--ledger.security.jwt.audience=" + API_AUDIENCE,
                "--ledger.security.console.client-id=" + CONSOLE_CLIENT,
                "--ledger.log.key-file=target/test-ledger-oidc-log-key.pem");
    }

    @AfterAll
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** A browser of its own: its cookies, and no redirect followed unless the test follows it. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The person the provider signs in next: their ID token and user info carry these claims. */
    void nextPersonIs(String subject, Map<String, Object> claims) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CONSOLE_CLIENT),
                claims, 3600));
    }

    /** Follows the console's sign-in from {@code page} through the provider and back; returns the page reached. */
    HttpResponse<String> signInAt(HttpClient browser, String page) throws Exception {
        HttpResponse<String> first = get(browser, ledger.baseUrl() + page);
        assertThat(location(first)).endsWith("/sign-in");
        // The session that remembers the page and will hold the sign-in: a cookie no script can read, not sent
        // with other sites' requests.
        assertThat(first.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
        String signIn = get(browser, ledger.baseUrl() + "/sign-in").body();
        assertThat(signIn).contains("id=\"organisation-sign-in\"", "href=\"/oauth2/authorization/ledger\"")
                .doesNotContain("id=\"password\"");
        String authorize = location(get(browser, ledger.baseUrl() + "/oauth2/authorization/ledger"));
        assertThat(authorize).startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString())
                .contains("response_type=code", "client_id=" + CONSOLE_CLIENT, "code_challenge=",
                        "code_challenge_method=S256", "scope=openid%20profile", "nonce=");
        String callback = location(get(browser, authorize));
        assertThat(callback).startsWith(ledger.baseUrl() + "/login/oauth2/code/ledger?code=");
        String back = location(get(browser, callback));
        return get(browser, back.startsWith("http") ? back : ledger.baseUrl() + back);
    }

    @Test
    void anIgLeadSignsInAtTheirOrganisationWithPkceAndSeesTheirAreasBodies() throws Exception {
        nextPersonIs("ig-lead-7", Map.of("preferred_username", "pat.ig", "roles", List.of("IG_LEAD"),
                "mappa_area", "merseyside"));
        HttpClient browser = browser();
        HttpResponse<String> holdings = signInAt(browser, "/console/holdings");

        assertThat(holdings.statusCode()).isEqualTo(200);
        assertThat(holdings.uri().getPath()).isEqualTo("/console/holdings");
        assertThat(holdings.body()).contains("<option value=\"knowsley-lscb\"", "href=\"/console/dashboard\"")
                .doesNotContain("<option value=\"leeds-council\"");
        String home = get(browser, ledger.baseUrl() + "/").body();
        assertThat(home).contains("pat.ig", "IG_LEAD");
        // The ledger proved the code with its PKCE verifier at the provider's token endpoint.
        assertThat(tokenRequest().getBody().readUtf8()).contains("grant_type=authorization_code", "code_verifier=");

        // Signing out ends the session here and at the provider, which sends the person back to sign in.
        Matcher csrf = CSRF.matcher(home);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedOut = browser.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + "/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        String endSession = location(signedOut);
        assertThat(endSession).startsWith(provider.endSessionEndpointUrl(ISSUER_ID).toString())
                .contains("id_token_hint=");
        assertThat(URLDecoder.decode(endSession, StandardCharsets.UTF_8))
                .contains("post_logout_redirect_uri=" + ledger.baseUrl() + "/sign-in?signedOut");
        assertThat(location(get(browser, ledger.baseUrl() + "/console/holdings"))).endsWith("/sign-in");
    }

    @Test
    void theSameProvidersAccessTokensAreTheApisBearerTokensAndTheConsolesSessionIsNot() throws Exception {
        nextPersonIs("manager-3", Map.of("preferred_username", "sam.manager", "roles", List.of("BUSINESS_MANAGER"),
                "body_id", "knowsley-lscb", "mappa_area", "merseyside"));
        HttpClient browser = browser();
        assertThat(signInAt(browser, "/").body()).contains("sam.manager", "knowsley-lscb");
        assertThat(get(browser, ledger.baseUrl() + "/api/holdings?bodyId=knowsley-lscb").statusCode()).isEqualTo(401);

        String token = provider.issueToken(ISSUER_ID, "manager-3", new DefaultOAuth2TokenCallback(ISSUER_ID,
                "manager-3", "JWT", List.of(API_AUDIENCE), Map.of("preferred_username", "sam.manager",
                "roles", List.of("BUSINESS_MANAGER"), "body_id", "knowsley-lscb", "mappa_area", "merseyside"), 3600))
                .serialize();
        assertThat(ledger.get("/api/holdings?bodyId=knowsley-lscb", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(ledger.get("/api/holdings?bodyId=sefton-lscb", "Bearer " + token).statusCode()).isEqualTo(403);
        // A token the provider issued for the console (its ID token's audience) is not one for the API.
        String consoleToken = provider.issueToken(ISSUER_ID, "manager-3", new DefaultOAuth2TokenCallback(ISSUER_ID,
                "manager-3", "JWT", List.of(CONSOLE_CLIENT), Map.of("roles", List.of("BUSINESS_MANAGER")), 3600))
                .serialize();
        assertThat(ledger.get("/api/holdings?bodyId=knowsley-lscb", "Bearer " + consoleToken).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAccountWithNoRoleInTheLedgerIsToldSoAndSeesNothing() throws Exception {
        nextPersonIs("visitor-1", Map.of("preferred_username", "a.visitor", "body_id", "knowsley-lscb"));
        HttpClient browser = browser();
        HttpResponse<String> refused = signInAt(browser, "/console/holdings");
        String page = refused.statusCode() == 302 ? get(browser, ledger.baseUrl() + location(refused)).body()
                : refused.body();
        assertThat(page).contains("Your account has no role in the ledger").doesNotContain("knowsley-lscb\"");
        assertThat(get(browser, ledger.baseUrl() + "/console/holdings").statusCode()).isIn(302, 403);
    }

    /** The last authorization-code request the provider received at its token endpoint. */
    RecordedRequest tokenRequest() {
        RecordedRequest found = null;
        while (true) {
            RecordedRequest request;
            try {
                request = provider.takeRequest(200, TimeUnit.MILLISECONDS);
            } catch (RuntimeException noMore) {
                break;
            }
            if ("POST".equals(request.getMethod()) && request.getPath().endsWith("/token")) {
                found = request;
            }
        }
        assertThat(found).as("a token request").isNotNull();
        return found;
    }
}
