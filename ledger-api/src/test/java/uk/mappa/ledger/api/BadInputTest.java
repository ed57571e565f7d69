package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.annualReport;
import static uk.mappa.ledger.api.ShareApiTest.as;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.mappa.ledger.support.MockTokens;

/** Bad input gets a problem a person can act on, and changes nothing. */
@EmbeddedLedgerTest
class BadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long eventsBefore;

    @BeforeEach
    void countEvents() {
        eventsBefore = events();
    }

    @AfterEach
    void nothingWasRecorded() {
        assertThat(events()).isEqualTo(eventsBefore);
    }

    ResultActions postShare(String body) throws Exception {
        return mvc.perform(post("/api/shares").with(as("manager.merseyside-smb"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void malformedJson() throws Exception {
        postShare("{\"category\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("malformed-json"))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        postShare(annualReport("knowsley-lscb").replace("\"purpose\"", "\"content\": \"the report\", \"purpose\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown-field"))
                .andExpect(jsonPath("$.detail", containsString("'content'")));
    }

    @Test
    void everyMissingOrInvalidFieldIsListed() throws Exception {
        postShare("""
                {"category": "GOSSIP", "title": " ", "providerBodyId": "Merseyside SMB", "recipientBodyIds": [],
                 "lawfulBasis": "BECAUSE", "marking": {"classification": "RESTRICTED", "descriptors": ["NOSY"]},
                 "contentSha256": "abc"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.violations[*].field", containsInAnyOrder("agreementId", "category", "title",
                        "providerBodyId", "recipientBodyIds", "lawfulBasis", "purpose", "marking.classification",
                        "marking.descriptors[0]", "contentSha256")));
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws Exception {
        postShare(annualReport("knowsley-lscb").replace("\"2026-04-01T09:00:00Z\"", "\"last Tuesday\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.violations[0].field").value("sharedAt"));
    }

    @Test
    void unknownRecipientIs422() throws Exception {
        postShare(annualReport("knowsley-lscb", "atlantis-lscb"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("unknown-body"))
                .andExpect(jsonPath("$.detail", containsString("atlantis-lscb")));
    }

    @Test
    void duplicateRecipientIs422() throws Exception {
        postShare(annualReport("knowsley-lscb", "knowsley-lscb"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("duplicate-recipient"));
    }

    @Test
    void theProviderAsRecipientIs422() throws Exception {
        postShare(annualReport("merseyside-smb"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("provider-among-recipients"));
    }

    @Test
    void aShareOutsideItsAgreementIs422() throws Exception {
        postShare(annualReport("knowsley-lscb", "portsmouth-lscp"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recipient-not-party"));
        postShare(annualReport("knowsley-lscb").replace("2026-04-01T09:00:00Z", "2015-04-01T09:00:00Z"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement-not-in-force"));
        postShare(annualReport("knowsley-lscb").replace(ShareApiTest.MERSEYSIDE_MOU, java.util.UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement-not-found"));
        postShare(annualReport("knowsley-lscb").replace("ANNUAL_REPORT", "MINUTES"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("category-not-covered"));
    }

    @Test
    void aLegacyMarkingOnCurrentMaterialIs422() throws Exception {
        postShare(annualReport("knowsley-lscb").replace("\"contentSha256\"", "\"legacyMarking\": \"RESTRICTED\", \"contentSha256\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("legacy-marking-on-current-share"));
    }

    @Test
    void anImpossibleMarkingIs422() throws Exception {
        postShare(annualReport("knowsley-lscb").replace("\"classification\": \"OFFICIAL\"", "\"classification\": \"SECRET\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("invalid-marking"));
    }

    @Test
    void aShareInTheFutureIs422() throws Exception {
        postShare(annualReport("knowsley-lscb").replace("2026-04-01T09:00:00Z", "2999-01-01T00:00:00Z"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("shared-in-future"));
    }

    @Test
    void aBadIdempotencyKeyIs400() throws Exception {
        mvc.perform(post("/api/shares").with(as("manager.merseyside-smb")).header("Idempotency-Key", "has spaces")
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("knowsley-lscb")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("Idempotency-Key"));
    }

    @Test
    void wrongMediaTypeIs415() throws Exception {
        mvc.perform(post("/api/shares").with(MockTokens.bearer("m", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"))
                        .contentType(MediaType.TEXT_PLAIN).content("share"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported-media-type"));
    }

    @Test
    void aWriteSignedInWithAPasswordMustSendJsonSoAnotherSiteCannotForgeIt() throws Exception {
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        mvc.perform(post("/api/shares").with(as("manager.merseyside-smb"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=x"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("json-body-required"));
        mvc.perform(post("/api/sfo-notifications/" + java.util.UUID.randomUUID() + "/acknowledgement")
                        .with(as("manager.knowsley-lscb")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("json-body-required"));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void auditQueryParametersAreAllChecked() throws Exception {
        mvc.perform(get("/api/audit/events").with(as("auditor"))
                        .param("after", "-1").param("size", "100000").param("category", "GOSSIP")
                        .param("from", "yesterday").param("bodyId", "Not An Id").param("eventType", "Share'; drop"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field",
                        containsInAnyOrder("after", "size", "category", "from", "bodyId", "eventType")));
    }

    @Test
    void holdingsNeedABodyId() throws Exception {
        mvc.perform(get("/api/holdings").with(as("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("bodyId"));
    }

    @Test
    void listsArePagedWithinBoundsAndOnlyByTheLedgersOwnCursors() throws Exception {
        for (String path : new String[] {"/api/holdings?bodyId=knowsley-lscb", "/api/acknowledgements/overdue",
                "/api/agreements", "/api/agreements?bodyId=knowsley-lscb&reviewDue=true", "/api/sfo-notifications",
                "/api/mappa-meetings?escalated=true", "/api/csods/cases", "/api/case-reviews"}) {
            for (String[] parameter : new String[][] {{"size", "0"}, {"size", "501"}, {"size", "ten"},
                    {"after", "not-a-cursor"}, {"after", "MjAyNi0wMy0wMVQxMDowMDowMFp8eHx5"}}) {
                mvc.perform(get(path).with(as("auditor")).param(parameter[0], parameter[1]))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.code").value("invalid-request"))
                        .andExpect(jsonPath("$.violations[0].field").value(parameter[0]));
            }
        }
    }

    @Test
    void unknownPathIs404Problem() throws Exception {
        mvc.perform(get("/api/nothing-here").with(as("auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void aCursorPastTheStartOfTheTrailIsAnEmptyPageNotAFailure() throws Exception {
        String oldest = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("audit|0".getBytes());
        mvc.perform(get("/api/audit/events").with(as("auditor")).param("after", oldest).param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.next").isEmpty());
        mvc.perform(get("/api/audit/events").with(as("auditor")).param("after", "bm90IGEgY3Vyc29y"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("after"));
    }

    @Test
    void instantsOutsideTheYears1900To9999AreRefusedInQueriesAndBodies() throws Exception {
        mvc.perform(get("/api/holdings").with(as("auditor")).param("bodyId", "knowsley-lscb")
                        .param("asOf", "+1000000000-12-31T23:59:59.999999999Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("asOf"));
        mvc.perform(get("/api/audit/state").with(as("auditor")).param("asOf", "-999999999-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("asOf"));
        postShare(annualReport("knowsley-lscb").replace("2026-04-01T09:00:00Z", "+1000000000-12-31T23:59:59Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("sharedAt"))
                .andExpect(jsonPath("$.violations[0].message").value("must lie between the years 1900 and 9999"));
    }

    @Test
    void anAgreementRetentionThatWouldOverflowIsRefused() throws Exception {
        mvc.perform(post("/api/agreements").with(as("manager.merseyside-smb")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "MOU", "title": "T", "parties": ["merseyside-smb", "knowsley-lscb"],
                                 "categories": ["ANNUAL_REPORT"], "lawfulBases": ["CHILDREN_ACT_2004"],
                                 "effectiveFrom": "2026-01-01", "retention": "P99999999999Y"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", containsInAnyOrder("retention")));
    }

    @Test
    void textFieldsTakeStringsOnlyNeverCoercedNumbersOrBooleans() throws Exception {
        postShare(annualReport("knowsley-lscb").replace("\"LSCB business planning\"", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("purpose"))
                .andExpect(jsonPath("$.violations[0].message").value("must be a JSON string"));
        postShare(annualReport("knowsley-lscb").replace("\"knowsley-lscb\"", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("recipientBodyIds[0]"));
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedInFreeText() throws Exception {
        for (String hostile : new String[] {"\\u0000", "\\u202e", "\\u2066", "\\u001b[31m"}) {
            postShare(annualReport("knowsley-lscb").replace("Merseyside SMB annual report", "Report " + hostile))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("title"))
                    .andExpect(jsonPath("$.violations[0].message")
                            .value("must not contain control characters or bidirectional overrides"));
        }
    }

    @Test
    void listsAreBounded() throws Exception {
        String many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "\"body-" + i + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        postShare(annualReport("knowsley-lscb").replace("[\"knowsley-lscb\"]", "[" + many + "]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("recipientBodyIds"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        mvc.perform(post("/api/shares").with(as("manager.merseyside-smb")).contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[1_048_577]))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("request-too-large"));
    }

    @Test
    void anOverlongAddressIs414() throws Exception {
        mvc.perform(get("/api/shares/" + "a".repeat(3000)).with(as("auditor")))
                .andExpect(status().isUriTooLong())
                .andExpect(jsonPath("$.code").value("uri-too-long"));
    }

    long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
