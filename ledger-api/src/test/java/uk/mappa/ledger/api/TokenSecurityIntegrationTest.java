package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * Bearer tokens over real HTTP, as an attacker would send them: a token is accepted only from the
 * configured issuer for the configured audience, with a subject that is not reserved; a body claim without
 * a role opens nothing; and what Tomcat itself refuses is still answered as a problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenSecurityIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String officer = bearer(tokens.token("jo.csods", "merseyside-police", "merseyside", "CSODS_OFFICER"));

    TestDatabase database;
    RunningLedger ledger;
    String caseId;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        ledger = RunningLedger.start(database, tokens);
        HttpResponse<String> created = ledger.post("/api/csods/cases", officer, """
                {"applicant": {"name": "An Applicant"}, "subject": {"name": "A Subject"},
                 "children": [{"name": "A Child"}], "relationship": "Neighbour"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        caseId = json.readTree(created.body()).get("id").asString();
    }

    @AfterAll
    void stop() {
        ledger.close();
        database.close();
    }

    String casePath() {
        return "/api/csods/cases/" + caseId;
    }

    @Test
    void theForcesCsodsOfficerReadsTheCase() {
        assertThat(ledger.get(casePath(), officer).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenFromAnotherIssuerForAnotherAudienceIsRefusedEvenWithTheRightKey() {
        JWTClaimsSet.Builder claims = TestTokens.claims("eve", "merseyside-police", "merseyside", "CSODS_OFFICER");
        String otherIssuer = tokens.token(claims.issuer("https://elsewhere.invalid").build());
        String otherAudience = tokens.token(TestTokens.claims("eve", "merseyside-police", "merseyside", "CSODS_OFFICER")
                .audience("another-service").build());
        for (String token : new String[] {otherIssuer, otherAudience}) {
            HttpResponse<String> response = ledger.get(casePath(), bearer(token));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("\"code\":\"unauthenticated\"").doesNotContain("Applicant");
        }
    }

    @Test
    void aBodyClaimWithoutALedgerRoleOpensNothing() {
        String bodyOnly = bearer(tokens.token("eve", "merseyside-police", "merseyside"));
        String unknownRole = bearer(tokens.token("eve", "merseyside-police", "merseyside", "SUPERUSER"));
        for (String caller : new String[] {bodyOnly, unknownRole}) {
            for (String path : new String[] {casePath(), "/api/bodies", "/api/audit/events",
                    "/api/holdings?bodyId=merseyside-police", "/api/csods/missed-deadlines"}) {
                HttpResponse<String> response = ledger.get(path, caller);
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.body()).contains("\"code\":\"forbidden\"");
            }
        }
    }

    @Test
    void othersOfTheForceAreToldTheCaseDoesNotExist() {
        String forceManager = bearer(tokens.token("pat", "merseyside-police", "merseyside", "BUSINESS_MANAGER"));
        HttpResponse<String> read = ledger.get(casePath(), forceManager);
        assertThat(read.statusCode()).isEqualTo(404);
        HttpResponse<String> write = ledger.post(casePath() + "/initial-checks", forceManager, "{}");
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(write.body()).isEqualTo(read.body().replace("\"instance\":\"" + casePath() + "\"",
                "\"instance\":\"" + casePath() + "/initial-checks\""));
        assertThat(ledger.get("/api/csods/missed-deadlines", forceManager).body()).isEqualTo("[]");
    }

    /** The bearer token is read from the header as Spring's default reads it (any case of the scheme). */
    @Test
    void aMalformedBearerHeaderIs401AndTheSchemeIsReadInAnyCase() {
        for (String header : new String[] {"Bearer not a token", "Bearer ", "Bearer é", "Bearer a=b"}) {
            HttpResponse<String> response = ledger.get(casePath(), header);
            assertThat(response.statusCode()).as(header).isEqualTo(401);
            assertThat(response.body()).contains("\"code\":\"unauthenticated\"").doesNotContain("Applicant");
        }
        assertThat(ledger.get(casePath(), officer.replaceFirst("^Bearer ", "bearer ")).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutASubjectOrWithAReservedOneIs401NotAFailure() {
        String noSubject = tokens.token(TestTokens.claims("x", "merseyside-police", "merseyside", "CSODS_OFFICER")
                .subject(null).claim("preferred_username", null).build());
        String reserved = tokens.token(TestTokens.claims("ledger-system", "merseyside-police", "merseyside",
                "CSODS_OFFICER").build());
        String reservedName = tokens.token(TestTokens.claims("abc", "merseyside-police", "merseyside",
                "CSODS_OFFICER").claim("preferred_username", "Ledger-System").build());
        for (String token : new String[] {noSubject, reserved, reservedName}) {
            HttpResponse<String> response = ledger.get(casePath(), bearer(token));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("\"code\":\"unauthenticated\"");
        }
    }

    @Test
    void usersAreIdentifiedByIssuerAndSubjectNotByTheirChangeableName() {
        String first = bearer(tokens.token(TestTokens.claims("subject-1", "merseyside-police", "merseyside",
                "CSODS_OFFICER").claim("preferred_username", "alex").build()));
        String namesake = bearer(tokens.token(TestTokens.claims("subject-2", "merseyside-police", "merseyside",
                "CSODS_OFFICER").build()));
        String nameless = bearer(tokens.token(TestTokens.claims("subject-3", "merseyside-police", "merseyside",
                "CSODS_OFFICER").claim("preferred_username", null).build()));
        String path = casePath() + "/deadline-extensions";
        String body = "{\"deadline\": \"WHOLE_CASE\", \"newDue\": \"2030-01-01T00:00:00Z\", \"reason\": \"Exceptional\"}";
        for (String caller : new String[] {first, namesake, nameless}) {
            HttpResponse<String> response = ledger.post(path, caller, body.replace("2030", caller == first ? "2030"
                    : caller == namesake ? "2031" : "2032"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode entries = json.readTree(ledger.get("/api/audit/events?size=500", auditor).body()).get("items");
            assertThat(entries.valueStream().filter(e -> "CsodsDeadlineExtended".equals(e.get("eventType").asString()))
                    .map(e -> e.get("actor").asString() + "|" + e.get("actorName").asString()))
                    .containsExactlyInAnyOrder(TestTokens.ISSUER + "#subject-1|alex",
                            TestTokens.ISSUER + "#subject-2|subject-2", TestTokens.ISSUER + "#subject-3|"
                                    + TestTokens.ISSUER + "#subject-3");
        });
    }

    @Test
    void addressesTomcatRefusesAreAnsweredAsProblems() {
        for (String path : new String[] {"/api/shares/%00", "/api/shares/" + "a".repeat(20_000), "/api//shares/x"}) {
            HttpResponse<String> response = ledger.get(path, officer);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(400);
        }
    }
}
