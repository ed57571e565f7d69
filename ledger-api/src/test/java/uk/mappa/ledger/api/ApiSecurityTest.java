package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.annualReport;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Who may do what, and that refusals reveal nothing and record nothing. */
@EmbeddedLedgerTest
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    String shareId;

    @BeforeEach
    void aShareFromTheSmbToKnowsley() throws Exception {
        String body = mvc.perform(post("/api/shares").with(as("manager.merseyside-smb"))
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("knowsley-lscb")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        shareId = json.readTree(body).get("id").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/shares/" + shareId).with(as("auditor"))).andExpect(status().isOk()));
    }

    @Test
    void anonymousCallersGet401ProblemsAndLearnNothing() throws Exception {
        for (String path : new String[] {"/api/shares/" + shareId, "/api/bodies", "/api/holdings?bodyId=knowsley-lscb",
                "/api/audit/events", "/api/shares/00000000-0000-0000-0000-000000000000"}) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().exists("WWW-Authenticate"))
                    .andExpect(jsonPath("$.code").value("unauthenticated"));
        }
        mvc.perform(post("/api/shares").contentType(MediaType.APPLICATION_JSON).content(annualReport("wirral-lscb")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/bodies").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("auditor", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @ParameterizedTest(name = "{0} reading the share: {1}")
    @CsvSource({
            "manager.merseyside-smb, 200",
            "manager.knowsley-lscb, 200",
            "ig.merseyside, 200",
            "auditor, 200"})
    void partiesGovernanceLeadsAndAuditorsReadTheShare(String user, int expected) throws Exception {
        mvc.perform(get("/api/shares/" + shareId).with(as(user))).andExpect(status().is(expected));
    }

    @Test
    void aBodyThatIsNotAPartyIsToldTheShareDoesNotExist() throws Exception {
        String sharedElsewhere = json.readTree(mvc.perform(post("/api/shares").with(as("manager.merseyside-smb"))
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("wirral-lscb")))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/shares/" + sharedElsewhere).with(as("auditor"))).andExpect(status().isOk()));

        String hidden = mvc.perform(get("/api/shares/" + sharedElsewhere).with(as("manager.knowsley-lscb")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("share-not-found"))
                .andReturn().getResponse().getContentAsString();
        String absent = mvc.perform(get("/api/shares/00000000-0000-0000-0000-000000000000")
                        .with(as("manager.knowsley-lscb")))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(hidden).get("title")).isEqualTo(json.readTree(absent).get("title"));
        assertThat(hidden).doesNotContain("wirral").doesNotContain("Merseyside SMB annual report");
    }

    @ParameterizedTest(name = "{0} reading holdings of {1}: {2}")
    @CsvSource({
            "manager.knowsley-lscb, knowsley-lscb, 200",
            "manager.knowsley-lscb, wirral-lscb, 403",
            "manager.merseyside-smb, knowsley-lscb, 403",
            "ig.merseyside, knowsley-lscb, 200",
            "ig.merseyside, hampshire-lscp, 403",
            "auditor, hampshire-lscp, 200",
            "auditor, atlantis-lscb, 404"})
    void holdingsAreVisibleToTheBodyItsAreaLeadAndAuditors(String user, String body, int expected) throws Exception {
        mvc.perform(get("/api/holdings").param("bodyId", body).with(as(user))).andExpect(status().is(expected));
    }

    @Test
    void aBusinessManagerCannotRecordWhatAnotherBodyShared() throws Exception {
        long before = events();
        mvc.perform(post("/api/shares").with(as("manager.knowsley-lscb"))
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("wirral-lscb")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-provider-business-manager"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void auditorsAndGovernanceLeadsCannotRecordShares() throws Exception {
        long before = events();
        for (String user : new String[] {"auditor", "ig.merseyside"}) {
            mvc.perform(post("/api/shares").with(as(user))
                            .contentType(MediaType.APPLICATION_JSON).content(annualReport("wirral-lscb")))
                    .andExpect(status().isForbidden());
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aBusinessManagerSeesOnlyTheAuditTrailOfTheirOwnBody() throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/audit/events")
                        .param("size", "500").with(as("manager.knowsley-lscb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].aggregateId", org.hamcrest.Matchers.hasItem(shareId)))
                .andExpect(jsonPath("$.items[?(@.aggregateId == 'hampshire-iow-smb')]").isEmpty()));
    }

    @Test
    void healthAndApiDocsAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/shares']").exists())
                .andExpect(jsonPath("$.paths['/api/annual-reports']").exists())
                .andExpect(jsonPath("$.paths['/api/case-reviews/{id}/timescales']").exists())
                .andExpect(jsonPath("$.paths['/api/minutes-requests/{id}/decision']").exists())
                .andExpect(jsonPath("$.paths['/api/foi-requests/{id}/release']").exists())
                .andExpect(jsonPath("$.paths['/api/contacts/{id}/holder']").exists());
    }

    long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
