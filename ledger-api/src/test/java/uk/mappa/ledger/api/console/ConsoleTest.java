package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.mappa.ledger.api.EmbeddedLedgerTest;
import uk.mappa.ledger.core.agreement.AgreementId;

/**
 * The web console on the embedded default: signing in with the demo users' form (CSRF-protected, a session that
 * the API does not honour), the navigation, and the holdings page showing exactly what the API would; and, as
 * the API's authorisation matrix does for its endpoints, every page against every demo user.
 */
@EmbeddedLedgerTest
class ConsoleTest {

    /** Every demo user, each of whom the matrix signs in. */
    static final List<String> USERS = List.of("manager.merseyside-smb", "coordinator.merseyside-smb",
            "manager.knowsley-lscb", "chair.knowsley-lscb", "coordinator.west-yorkshire-smb",
            "chair.west-yorkshire-police", "manager.west-yorkshire-police", "manager.leeds-council", "ig.merseyside",
            "register.merseyside", "csods.merseyside-police", "auditor");
    /** Who records shares: business managers and MAPPA co-ordinators of a body. */
    static final Set<String> RECORDERS = Set.of("manager.merseyside-smb", "coordinator.merseyside-smb",
            "manager.knowsley-lscb", "coordinator.west-yorkshire-smb", "manager.west-yorkshire-police",
            "manager.leeds-council");
    /** Who may see a share from Merseyside SMB to Knowsley LSCB: people of either, Merseyside's IG lead, auditors. */
    static final Set<String> PARTIES = Set.of("manager.merseyside-smb", "coordinator.merseyside-smb",
            "manager.knowsley-lscb", "chair.knowsley-lscb", "ig.merseyside", "auditor");
    /**
     * The console's pages, each with what each caller gets ("anonymous" is sent to sign in). The pages about one
     * share are asked about a share from Merseyside SMB to Knowsley LSCB, a fresh one for each cell (whose receipt
     * is there once it is sealed, within a second: 409 until then).
     */
    static final Map<String, Function<String, Set<Integer>>> PAGES = Map.ofEntries(
            Map.entry("GET /", signedIn(user -> 200)),
            // An address the console does not have: "Page not found" as a page.
            Map.entry("GET /console/**", signedIn(user -> 404)),
            Map.entry("GET /console/holdings", signedIn(user -> 200)),
            Map.entry("GET /sign-in", user -> Set.of(200)),
            Map.entry("GET /console/shares/new", signedIn(user -> RECORDERS.contains(user) ? 200 : 403)),
            // An empty form: a recorder is shown what is missing.
            Map.entry("POST /console/shares", signedIn(user -> RECORDERS.contains(user) ? 200 : 403)),
            Map.entry("GET /console/shares/{id}", signedIn(user -> PARTIES.contains(user) ? 200 : 404)),
            Map.entry("GET /console/shares/{id}/receipt.tlog-proof", user -> user.equals("anonymous") ? Set.of(302)
                    : PARTIES.contains(user) ? Set.of(200, 409) : Set.of(404)),
            // Only a recipient's business manager may; other parties are shown the share's refusal.
            Map.entry("POST /console/shares/{id}/acknowledgement", signedIn(user ->
                    user.equals("manager.knowsley-lscb") ? 302 : PARTIES.contains(user) ? 200 : 404)),
            // No reason chosen: the share's people are shown what is missing.
            Map.entry("POST /console/shares/{id}/destruction", signedIn(user -> PARTIES.contains(user) ? 200 : 404)),
            // Everyone with a body, the IG lead and the auditor; the register's administrator has no trail.
            Map.entry("GET /console/audit", signedIn(user -> user.equals("register.merseyside") ? 403 : 200)),
            Map.entry("GET /console/audit.csv", signedIn(user -> user.equals("register.merseyside") ? 403 : 200)),
            Map.entry("GET /console/dashboard", signedIn(user ->
                    user.equals("ig.merseyside") || user.equals("auditor") ? 200 : 403)),
            Map.entry("GET /console/check", signedIn(user -> 200)),
            Map.entry("GET /console/csods", signedIn(user -> user.equals("csods.merseyside-police")
                    || user.equals("ig.merseyside") || user.equals("auditor") ? 200 : 403)),
            // The log and the read models are the auditor's alone.
            Map.entry("GET /console/log", signedIn(user -> user.equals("auditor") ? 200 : 403)),
            Map.entry("POST /console/log/verification", signedIn(user -> user.equals("auditor") ? 302 : 403)),
            // 404 until a check has been started on this node.
            Map.entry("GET /console/log/verification", user -> user.equals("anonymous") ? Set.of(302)
                    : user.equals("auditor") ? Set.of(200, 404) : Set.of(403)),
            Map.entry("GET /console/log/export.jsonl", signedIn(user -> user.equals("auditor") ? 200 : 403)),
            // {name}: a small read model, rebuilt in a moment.
            Map.entry("POST /console/projections/{name}/replay", signedIn(user -> user.equals("auditor") ? 302 : 403)));

    static Function<String, Set<Integer>> signedIn(Function<String, Integer> signedIn) {
        return user -> Set.of(user.equals("anonymous") ? 302 : signedIn.apply(user));
    }

    /** The "Next page" link of a holdings page. */
    static final Pattern NEXT = Pattern.compile("rel=\"next\"\\s+href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> cells() {
        return PAGES.keySet().stream().sorted().flatMap(page -> Stream.concat(Stream.of("anonymous"), USERS.stream())
                .map(user -> Arguments.of(page, user)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cells")
    void eachPageAnswersEachCallerAsTheMatrixSays(String page, String user) throws Exception {
        String[] verbAndPath = page.split(" ");
        String path = verbAndPath[1].contains("{id}")
                ? verbAndPath[1].replace("{id}", recordShareToKnowsley("Matrix " + UUID.randomUUID()))
                : verbAndPath[1].replace("{name}", "certificates").replace("**", "no-such-page");
        MockHttpServletRequestBuilder request = verbAndPath[0].equals("GET") ? get(path) : post(path).with(csrf());
        if (!user.equals("anonymous")) {
            request.session(signIn(user));
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isIn(PAGES.get(page).apply(user));
    }

    @Test
    void everyPageIsInTheMatrix() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackage() == ConsoleController.class.getPackage()) {
                info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> pages.add(verb + " " + pattern)));
            }
        });
        assertThat(pages).containsExactlyInAnyOrderElementsOf(PAGES.keySet());
    }

    @Test
    void theNavigationOffersOnlyWhatTheRoleMayUse() throws Exception {
        String admin = mvc.perform(get("/").session(signIn("register.merseyside")))
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("govuk-service-navigation__list").doesNotContain("/console/holdings");
        String manager = mvc.perform(get("/console/holdings").session(signIn("manager.knowsley-lscb")))
                .andReturn().getResponse().getContentAsString();
        assertThat(manager).contains("href=\"/console/holdings\"", "aria-current=\"page\"",
                "<option value=\"knowsley-lscb\"").doesNotContain("<option value=\"sefton-lscb\"");
        String lead = mvc.perform(get("/console/holdings").session(signIn("ig.merseyside")))
                .andReturn().getResponse().getContentAsString();
        assertThat(lead).contains("<option value=\"sefton-lscb\"", "<option value=\"knowsley-lscb\"")
                .doesNotContain("<option value=\"leeds-council\"");
    }

    MockHttpSession signIn(String user) throws Exception {
        return signIn(mvc, user);
    }

    /** Signs a demo user in through the console's form, and returns their session. */
    static MockHttpSession signIn(MockMvc mvc, String user) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user(user).password("demo"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void aVisitorIsSentToSignInAndTheFormCarriesACsrfToken() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/console/holdings")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
        String page = mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>", "name=\"_csrf\"",
                "class=\"govuk-skip-link\"", "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "<label class=\"govuk-label\" for=\"username\">");
        assertThat(page).doesNotContain("govuk-service-navigation__list");
    }

    @Test
    void signingInWithoutTheCsrfTokenOrWithAWrongPasswordFails() throws Exception {
        mvc.perform(post("/sign-in").param("username", "manager.knowsley-lscb").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(formLogin("/sign-in").user("manager.knowsley-lscb").password("wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
        String page = mvc.perform(get("/sign-in").param("error", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#username\"",
                "Enter the user name and password of a demo user", "govuk-input--error");
    }

    @Test
    void theHomePageNamesTheUserAndSigningOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn("manager.knowsley-lscb");
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("manager.knowsley-lscb", "knowsley-lscb", "BUSINESS_MANAGER",
                "href=\"/console/holdings\"", "govuk-service-navigation__list");

        mvc.perform(post("/sign-out").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").session(session).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signedOut"));
        mvc.perform(get("/").session(session)).andExpect(status().isFound());
    }

    @Test
    void theConsolesSessionIsNotASignInToTheApi() throws Exception {
        MockHttpSession session = signIn("manager.merseyside-smb");
        mvc.perform(post("/api/shares").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(share("API via cookie"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/holdings").param("bodyId", "knowsley-lscb").session(session))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void holdingsShowWhatTheRecipientHoldsAndRefuseWhatTheApiRefuses() throws Exception {
        String title = "Console holdings " + UUID.randomUUID();
        String position = mvc.perform(post("/api/shares").with(httpBasic("manager.merseyside-smb", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(share(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Ledger-Position");
        MockHttpSession knowsley = signIn("manager.knowsley-lscb");

        String own = mvc.perform(get("/console/holdings").session(knowsley).header("Ledger-Position", position))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains("ANNUAL_REPORT", "merseyside-smb",
                "<option value=\"knowsley-lscb\" selected=\"selected\">");
        assertThat(pageHolding(knowsley, "/console/holdings", title)).contains("merseyside-smb");

        String refused = mvc.perform(get("/console/holdings").param("bodyId", "sefton-lscb").session(knowsley))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary", "href=\"#bodyId\"").doesNotContain(title);
        mvc.perform(get("/api/holdings").param("bodyId", "sefton-lscb")
                .with(httpBasic("manager.knowsley-lscb", "demo"))).andExpect(status().isForbidden());

        String badCursor = mvc.perform(get("/console/holdings").param("after", "not-a-cursor").session(knowsley))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // A stale cursor is no field's problem: listed in the summary, linked to nothing, no field marked.
        assertThat(badCursor).contains("govuk-error-summary", "the ledger returned").doesNotContain("href=\"#after\"")
                .doesNotContain("govuk-select--error");
        assertThat(refused).contains("govuk-select--error", "id=\"bodyId-error\"");

        String auditor = mvc.perform(get("/console/holdings").session(signIn("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(auditor).contains("Choose a body").doesNotContain(title);
        assertThat(mvc.perform(get("/console/holdings").param("bodyId", "").session(signIn("auditor")))
                .andReturn().getResponse().getContentAsString()).contains("Choose a body")
                .doesNotContain("govuk-error-summary");
        assertThat(pageHolding(signIn("auditor"), "/console/holdings?bodyId=knowsley-lscb", title)).contains(title);
    }

    @Test
    void theGovUkFrontendAssetsAreServedWithoutSigningIn() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/console.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/console.css")).andExpect(status().isOk())
                .andExpect(header().exists("Content-Type"));
    }

    /** Records a share from Merseyside SMB to Knowsley LSCB through the API, and returns its id. */
    String recordShareToKnowsley(String title) throws Exception {
        return recordShareToKnowsley(mvc, title);
    }

    static String recordShareToKnowsley(MockMvc mvc, String title) throws Exception {
        String location = recordedShareToKnowsley(mvc, title).getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The API's answer to recording the share: its Location, and the Ledger-Position a page can wait for. */
    static MockHttpServletResponse recordedShareToKnowsley(MockMvc mvc, String title) throws Exception {
        return recordedShareToKnowsley(mvc, title, "ab".repeat(32));
    }

    /** The same, of the document with this SHA-256. */
    static MockHttpServletResponse recordedShareToKnowsley(MockMvc mvc, String title, String digest) throws Exception {
        return mvc.perform(post("/api/shares").with(httpBasic("manager.merseyside-smb", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(share(title).replace("ab".repeat(32), digest)))
                .andExpect(status().isCreated()).andReturn().getResponse();
    }

    /** The page of holdings, following "Next page" from {@code first}, that lists {@code title}. */
    String pageHolding(MockHttpSession session, String first, String title) throws Exception {
        return pageHolding(mvc, session, first, title);
    }

    static String pageHolding(MockMvc mvc, MockHttpSession session, String first, String title) throws Exception {
        String path = first;
        for (int pages = 0; path != null && pages < 200; pages++) {
            String page = mvc.perform(get(URI.create(path)).session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (page.contains(title)) {
                return page;
            }
            Matcher next = NEXT.matcher(page);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
        }
        throw new AssertionError("No page of " + first + " lists " + title);
    }

    /** An annual report from Merseyside SMB to Knowsley LSCB, as a business manager's system would send it. */
    static String share(String title) {
        return """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "%s",
                 "providerBodyId": "merseyside-smb", "recipientBodyIds": ["knowsley-lscb"],
                 "lawfulBasis": "CJA_2003_S325", "purpose": "LSCB business planning",
                 "marking": {"classification": "OFFICIAL", "sensitive": true, "descriptors": ["PERSONAL"]},
                 "contentSha256": "%s", "sharedAt": "2026-04-01T09:00:00Z"}"""
                .formatted(AgreementId.named("merseyside-mou"), title, "ab".repeat(32));
    }
}
