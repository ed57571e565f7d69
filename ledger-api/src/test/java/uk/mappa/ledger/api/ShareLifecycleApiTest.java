package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.MERSEYSIDE_MOU;
import static uk.mappa.ledger.api.ShareApiTest.annualReport;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Receipt, re-marking, correction, withdrawal, destruction, refusals and the audit trail's views of them. */
@EmbeddedLedgerTest
class ShareLifecycleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String record(String body) throws Exception {
        return json.readTree(post("/api/shares", "manager.merseyside-smb", body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void anUnacknowledgedShareIsOverdueUntilTheRecipientAcknowledgesIt() throws Exception {
        String sharedTenDaysAgo = annualReport("knowsley-lscb", "wirral-lscb")
                .replace("2026-04-01T09:00:00Z", Instant.now().minus(Duration.ofDays(10)).toString());
        String id = record(sharedTenDaysAgo);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/acknowledgements/overdue")
                        .with(as("ig.merseyside")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.bodyId == 'knowsley-lscb')].shareId", hasItem(id)))
                .andExpect(jsonPath("$.items[?(@.bodyId == 'wirral-lscb')].shareId", hasItem(id))));

        post("/api/shares/" + id + "/acknowledgements", "manager.merseyside-smb", "{\"recipientBodyId\": \"wirral-lscb\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-holder-business-manager"));
        post("/api/shares/" + id + "/acknowledgements", "manager.knowsley-lscb", "{}").andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/acknowledgements/overdue")
                        .with(as("auditor")))
                .andExpect(jsonPath("$.items[?(@.bodyId == 'knowsley-lscb')].shareId", not(hasItem(id))))
                .andExpect(jsonPath("$.items[?(@.bodyId == 'wirral-lscb')].shareId", hasItem(id))));
    }

    @Test
    void theRecipientsOwnAcknowledgementIsRecordedOnce() throws Exception {
        String id = record(annualReport("knowsley-lscb"));
        post("/api/shares/" + id + "/acknowledgements", "manager.knowsley-lscb", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgements[0].bodyId").value("knowsley-lscb"));
        post("/api/shares/" + id + "/acknowledgements", "manager.knowsley-lscb", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("already-acknowledged"));
    }

    @Test
    void secretTitlesAreWithheldFromRecipientsButNotFromTheProviderOrGovernanceLead() throws Exception {
        String id = record(annualReport("knowsley-lscb")
                .replace("{\"classification\": \"OFFICIAL\", \"sensitive\": true, \"descriptors\": [\"PERSONAL\"]}",
                        "{\"classification\": \"SECRET\"}"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/shares/" + id).with(as("manager.knowsley-lscb")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.title").doesNotExist())
                        .andExpect(jsonPath("$.titleWithheld").value(true)));
        mvc.perform(get("/api/shares/" + id).with(as("manager.merseyside-smb")))
                .andExpect(jsonPath("$.title").value("Merseyside SMB annual report 2025/26"));
        mvc.perform(get("/api/shares/" + id).with(as("ig.merseyside")))
                .andExpect(jsonPath("$.title").value("Merseyside SMB annual report 2025/26"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/holdings").param("bodyId", "knowsley-lscb").with(as("manager.knowsley-lscb")))
                        .andExpect(jsonPath("$.items[?(@.shareId == '" + id + "')].titleWithheld", hasItem(true))));
        mvc.perform(get("/api/audit/events").param("bodyId", "knowsley-lscb").with(as("manager.knowsley-lscb")))
                .andExpect(jsonPath("$.items[*].summary", not(hasItem(org.hamcrest.Matchers
                        .containsString("Merseyside SMB annual report")))));
    }

    @Test
    void theProviderReMarksAndCorrectsAndTheAuditTrailKeepsBoth() throws Exception {
        String id = record(annualReport("sefton-lscb"));
        post("/api/shares/" + id + "/markings", "manager.merseyside-smb",
                "{\"marking\": {\"classification\": \"OFFICIAL\"}, \"reason\": \"No personal data after all\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marking.sensitive").value(false))
                .andExpect(jsonPath("$.changes[0].kind").value("REMARKED"));
        post("/api/shares/" + id + "/corrections", "manager.merseyside-smb",
                "{\"title\": \"Merseyside SMB annual report 2025-26\", \"reason\": \"Typo in the title\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Merseyside SMB annual report 2025-26"))
                .andExpect(jsonPath("$.changes[1].fields[0]").value("title"));
        post("/api/shares/" + id + "/corrections", "manager.knowsley-lscb", "{\"title\": \"x\", \"reason\": \"y\"}")
                .andExpect(status().isNotFound());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/audit/events")
                        .param("bodyId", "sefton-lscb").param("size", "500").with(as("auditor")))
                .andExpect(jsonPath("$.items[?(@.aggregateId == '" + id + "')].eventType",
                        org.hamcrest.Matchers.containsInAnyOrder("ShareRecorded", "ShareRemarked", "ShareCorrected"))));
    }

    @Test
    void aWithdrawnShareIsDestroyedByItsRecipientAndLeavesCurrentHoldingsButNotThePast() throws Exception {
        String id = record(annualReport("st-helens-lscb"));
        Instant whileHeld = Instant.now();
        post("/api/shares/" + id + "/withdrawal", "manager.merseyside-smb", "{\"reason\": \"Sent in error\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/holdings")
                        .param("bodyId", "st-helens-lscb").with(as("ig.merseyside")))
                .andExpect(jsonPath("$.items[?(@.shareId == '" + id + "')].status", hasItem("DESTRUCTION_REQUESTED")))
                .andExpect(jsonPath("$.items[?(@.shareId == '" + id + "')].dueForDestruction", hasItem(true))));

        post("/api/shares/" + id + "/destructions", "manager.knowsley-lscb",
                "{\"holderBodyId\": \"st-helens-lscb\", \"reason\": \"WITHDRAWN\"}")
                .andExpect(status().isNotFound());
        post("/api/shares/" + id + "/destructions", "manager.merseyside-smb", "{\"reason\": \"WITHDRAWN\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.destructions[0].bodyId").value("merseyside-smb"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/holdings")
                        .param("bodyId", "merseyside-smb").with(as("ig.merseyside")))
                .andExpect(jsonPath("$.items[*].shareId", not(hasItem(id)))));
        mvc.perform(get("/api/holdings").param("bodyId", "merseyside-smb").param("asOf", whileHeld.toString())
                        .with(as("ig.merseyside")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.shareId == '" + id + "')].status", hasItem("HELD")));
    }

    @Test
    void aRefusalToShareIsRecordedInTheAuditTrailOfBothBodies() throws Exception {
        post("/api/share-refusals", "manager.merseyside-smb", """
                {"providerBodyId": "merseyside-smb", "requesterBodyId": "wirral-lscb", "category": "MINUTES",
                 "request": "Minutes of a level 3 MAPPA meeting", "reason": "Disclosure is by the chair's executive summary"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists());
        post("/api/share-refusals", "manager.knowsley-lscb", """
                {"providerBodyId": "merseyside-smb", "requesterBodyId": "wirral-lscb", "category": "MINUTES",
                 "request": "x", "reason": "y"}""")
                .andExpect(status().isForbidden());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/audit/events")
                        .param("bodyId", "wirral-lscb").param("category", "MINUTES").with(as("ig.merseyside")))
                .andExpect(jsonPath("$.items[*].eventType", hasItem("ShareRequestDeclined"))));
    }

    @Test
    void theAuditTrailFiltersByMarkingAgreementAndActorAndExportsCsv() throws Exception {
        String id = record(annualReport("liverpool-lscb"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/audit/events")
                        .param("marking", "OFFICIAL").param("agreementId", MERSEYSIDE_MOU)
                        .param("actor", "manager.merseyside-smb").param("size", "500").with(as("auditor")))
                .andExpect(jsonPath("$.items[*].aggregateId", hasItem(id)))
                .andExpect(jsonPath("$.items[?(@.actor != 'manager.merseyside-smb')]").isEmpty()));
        mvc.perform(get("/api/audit/events").param("marking", "SECRET").param("size", "500").with(as("auditor")))
                .andExpect(jsonPath("$.items[*].aggregateId", not(hasItem(id))));

        var started = mvc.perform(get("/api/audit/events").param("bodyId", "liverpool-lscb")
                        .accept("text/csv").with(as("ig.merseyside")))
                .andExpect(request().asyncStarted())
                .andReturn();
        String csv = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("audit-trail.csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("position,occurred_at,event_type").contains(id + ",ANNUAL_REPORT,OFFICIAL");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains("liverpool-lscb"));
    }
}
