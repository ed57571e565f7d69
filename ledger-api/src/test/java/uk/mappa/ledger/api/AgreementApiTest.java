package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@EmbeddedLedgerTest
class AgreementApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String draftSmbKnowsleyProtocol() throws Exception {
        String body = post("/api/agreements", "ig.merseyside", """
                {"kind": "PROTOCOL", "title": "Training protocol", "parties": ["merseyside-smb", "knowsley-lscb"],
                 "categories": ["TRAINING"], "lawfulBases": ["CJA_2003_S325"], "effectiveFrom": "2026-01-01",
                 "reviewDue": "2027-01-01", "retention": "P1Y"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    String training(String agreementId) {
        return """
                {"agreementId": "%s", "category": "TRAINING", "title": "Training offer", "providerBodyId": "merseyside-smb",
                 "recipientBodyIds": ["knowsley-lscb"], "lawfulBasis": "CJA_2003_S325", "purpose": "Training",
                 "marking": {"classification": "OFFICIAL"}, "contentSha256": "%s", "sharedAt": "2026-06-01T09:00:00Z"}"""
                .formatted(agreementId, ShareApiTest.DIGEST);
    }

    @Test
    void anAgreementComesIntoForceWhenEveryPartyHasAcceptedAndCoversSharesUntilSuspended() throws Exception {
        String id = draftSmbKnowsleyProtocol();
        post("/api/shares", "manager.merseyside-smb", training(id))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement-not-in-force"));

        post("/api/agreements/" + id + "/acceptances", "manager.merseyside-smb",
                "{\"signatoryRole\": \"SMB Chair\", \"acceptedOn\": \"2026-01-05\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        post("/api/agreements/" + id + "/acceptances", "manager.knowsley-lscb",
                "{\"signatoryRole\": \"LSCB Chair\", \"acceptedOn\": \"2026-01-06\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.acceptances[1].signatoryRole").value("LSCB Chair"));

        post("/api/shares", "manager.merseyside-smb", training(id)).andExpect(status().isCreated());

        post("/api/agreements/" + id + "/status", "ig.merseyside",
                "{\"status\": \"SUSPENDED\", \"reason\": \"Breach under review\", \"effectiveAt\": \"2026-05-01T00:00:00Z\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        post("/api/shares", "manager.merseyside-smb", training(id))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement-not-in-force"));
    }

    @Test
    void onlyThePartysOwnBusinessManagerAccepts() throws Exception {
        String id = draftSmbKnowsleyProtocol();
        post("/api/agreements/" + id + "/acceptances", "manager.merseyside-smb",
                "{\"party\": \"knowsley-lscb\", \"signatoryRole\": \"LSCB Chair\", \"acceptedOn\": \"2026-01-06\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-party-business-manager"));
        post("/api/agreements/" + id + "/acceptances", "auditor",
                "{\"signatoryRole\": \"Auditor\", \"acceptedOn\": \"2026-01-06\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("no-body"));
    }

    @Test
    void agreementsAreListedByBodyAndWhenTheirReviewIsDue() throws Exception {
        String id = draftSmbKnowsleyProtocol();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/agreements")
                        .param("bodyId", "knowsley-lscb").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.items[*].id", hasItem(ShareApiTest.MERSEYSIDE_MOU))));
        mvc.perform(get("/api/agreements").param("reviewDue", "true").with(as("manager.knowsley-lscb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(ShareApiTest.MERSEYSIDE_MOU)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        mvc.perform(get("/api/agreements/" + ShareApiTest.MERSEYSIDE_MOU).with(as("manager.knowsley-lscb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("MOU"))
                .andExpect(jsonPath("$.reviewDue").value("2017-10-31"))
                .andExpect(jsonPath("$.parties.length()").value(6));
    }

    @Test
    void aReviewMovesTheAgreementOutOfTheReviewDueList() throws Exception {
        String id = json.readTree(post("/api/agreements", "ig.merseyside", """
                {"kind": "MOU", "title": "Overdue review", "parties": ["merseyside-smb", "wirral-lscb"],
                 "categories": ["TRAINING"], "lawfulBases": ["CJA_2003_S325"], "effectiveFrom": "2020-01-01",
                 "reviewDue": "2021-01-01", "retention": "P1Y"}""").andReturn().getResponse().getContentAsString())
                .get("id").asString();
        post("/api/agreements/" + id + "/acceptances", "manager.merseyside-smb",
                "{\"signatoryRole\": \"SMB Chair\", \"acceptedOn\": \"2020-01-01\"}").andExpect(status().isOk());
        post("/api/agreements/" + id + "/acceptances", "ig.merseyside",
                "{\"party\": \"wirral-lscb\", \"signatoryRole\": \"LSCB Chair\", \"acceptedOn\": \"2020-01-01\"}")
                .andExpect(status().isForbidden());
        assertThat(id).isNotBlank();
        post("/api/agreements/" + id + "/reviews", "ig.merseyside",
                "{\"reviewedOn\": \"2026-01-01\", \"nextReviewDue\": \"2027-01-01\", \"note\": \"Reviewed\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement-not-reviewable"));
    }

    @Test
    void badAgreementInputIsListedAndUnknownAgreementsAre404() throws Exception {
        post("/api/agreements", "ig.merseyside", """
                {"kind": "TREATY", "title": "", "parties": [], "categories": ["GOSSIP"], "lawfulBases": [],
                 "effectiveFrom": "soon", "retention": "3 years"}""")
                .andExpect(status().isBadRequest());
        post("/api/agreements", "ig.merseyside", """
                {"kind": "TREATY", "title": "", "parties": [], "categories": ["GOSSIP"], "lawfulBases": [],
                 "effectiveFrom": "2026-01-01", "retention": "3 years"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations.length()").value(6));
        mvc.perform(get("/api/agreements/" + java.util.UUID.randomUUID()).with(as("auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("agreement-not-found"));
        post("/api/agreements/not-an-id/reviews", "ig.merseyside",
                "{\"reviewedOn\": \"2026-01-01\", \"nextReviewDue\": \"2027-01-01\", \"note\": \"x\"}")
                .andExpect(status().isNotFound());
    }
}
