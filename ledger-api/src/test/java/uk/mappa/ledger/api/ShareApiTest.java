package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@EmbeddedLedgerTest
class ShareApiTest {

    static final String SMB_MANAGER = "manager.merseyside-smb";
    static final String KNOWSLEY_MANAGER = "manager.knowsley-lscb";
    static final String DIGEST = "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";
    /** The Merseyside MoU, seeded on the embedded default with this stable id. */
    static final String MERSEYSIDE_MOU = uk.mappa.ledger.core.agreement.AgreementId.named("merseyside-mou").toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "demo");
    }

    static String annualReport(String... recipients) {
        return """
                {"agreementId": "%s", "category": "ANNUAL_REPORT", "title": "Merseyside SMB annual report 2025/26",
                 "providerBodyId": "merseyside-smb", "recipientBodyIds": %s,
                 "lawfulBasis": "CJA_2003_S325", "purpose": "LSCB business planning",
                 "marking": {"classification": "OFFICIAL", "sensitive": true, "descriptors": ["PERSONAL"]},
                 "contentSha256": "%s", "sharedAt": "2026-04-01T09:00:00Z"}"""
                .formatted(MERSEYSIDE_MOU, recipientsJson(recipients), DIGEST);
    }

    private static String recipientsJson(String... recipients) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < recipients.length; i++) {
            list.append(i == 0 ? "" : ",").append('"').append(recipients[i]).append('"');
        }
        return list.append(']').toString();
    }

    String record(String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/shares").with(as(SMB_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("id").asString();
    }

    long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void theSharesOfADocumentAreFoundByItsDigestByThoseWhoMaySeeThem() throws Exception {
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        MvcResult recorded = mvc.perform(post("/api/shares").with(as(SMB_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                        .content(annualReport("knowsley-lscb", "sefton-lscb").replace(DIGEST, digest.toUpperCase())))
                .andExpect(status().isCreated()).andReturn();
        String id = json.readTree(recorded.getResponse().getContentAsString()).get("id").asString();
        String position = recorded.getResponse().getHeader("Ledger-Position");

        mvc.perform(get("/api/shares").param("contentSha256", digest).header("Ledger-Position", position)
                        .with(as("manager.knowsley-lscb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].provided.shareId").value(id))
                .andExpect(jsonPath("$.items[0].provided.providerBodyId").value("merseyside-smb"))
                .andExpect(jsonPath("$.items[0].provided.agreementId").value(MERSEYSIDE_MOU.toString()))
                .andExpect(jsonPath("$.items[0].recipientBodyIds[0]").value("knowsley-lscb"))
                .andExpect(jsonPath("$.items[0].recipientBodyIds[1]").value("sefton-lscb"));
        mvc.perform(get("/api/shares").param("contentSha256", digest).with(as("manager.leeds-council")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/shares").param("contentSha256", "not-a-digest").param("after", "stale")
                        .with(as("manager.knowsley-lscb")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", org.hamcrest.Matchers.containsInAnyOrder("contentSha256",
                        "after")));
    }

    @Test
    void recordsAShareAndReturnsItWithItsLocation() throws Exception {
        mvc.perform(post("/api/shares").with(as(SMB_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(annualReport("liverpool-lscb", "knowsley-lscb", "sefton-lscb", "st-helens-lscb",
                                "wirral-lscb")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/shares/")))
                .andExpect(jsonPath("$.category").value("ANNUAL_REPORT"))
                .andExpect(jsonPath("$.providerBodyId").value("merseyside-smb"))
                .andExpect(jsonPath("$.recipientBodyIds", hasSize(5)))
                .andExpect(jsonPath("$.marking.classification").value("OFFICIAL"))
                .andExpect(jsonPath("$.marking.sensitive").value(true))
                .andExpect(jsonPath("$.marking.descriptors[0]").value("PERSONAL"))
                .andExpect(jsonPath("$.contentSha256").value(DIGEST))
                .andExpect(jsonPath("$.sharedAt").value("2026-04-01T09:00:00Z"))
                .andExpect(jsonPath("$.recordedBy").value(SMB_MANAGER));
    }

    /** The answer is folded from the events the command recorded; reading them back from the store gives the same. */
    @Test
    void theAnswerToARecordedShareIsTheShareAsItIsReadBack() throws Exception {
        MvcResult created = mvc.perform(post("/api/shares").with(as(SMB_MANAGER))
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("knowsley-lscb", "wirral-lscb")))
                .andExpect(status().isCreated())
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String readBack = mvc.perform(get(location).with(as(SMB_MANAGER)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(created.getResponse().getContentAsString())).isEqualTo(json.readTree(readBack));
    }

    @Test
    void aBodysHoldingsAreReadPageByPageEachCopyOnce() throws Exception {
        java.util.Set<String> recorded = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            recorded.add(record(annualReport("sefton-lscb")));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            java.util.List<String> seen = new java.util.ArrayList<>();
            String after = null;
            do {
                var request = get("/api/holdings").param("bodyId", "sefton-lscb").param("size", "2")
                        .with(as("ig.merseyside"));
                JsonNode page = json.readTree(mvc.perform(after == null ? request : request.param("after", after))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
                assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
                page.get("items").forEach(item -> seen.add(item.get("shareId").asString()));
                after = page.get("next").isNull() ? null : page.get("next").asString();
            } while (after != null);
            assertThat(seen).doesNotHaveDuplicates().containsAll(recorded);
        });
    }

    @Test
    void recipientsAndGovernanceLeadsSeeTheShareInHoldingsAndTheAuditTrail() throws Exception {
        String id = record(annualReport("knowsley-lscb", "wirral-lscb"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/shares/" + id).with(as(KNOWSLEY_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/holdings")
                        .param("bodyId", "knowsley-lscb").with(as("ig.merseyside")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].shareId", hasItem(id))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/audit/events")
                        .param("bodyId", "wirral-lscb").param("category", "ANNUAL_REPORT").with(as("ig.merseyside")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].aggregateId", hasItem(id))));
    }

    @Test
    void theAuditTrailRecordsWhoDidItAndTheRequestsCorrelationId() throws Exception {
        String correlationId = "test-" + UUID.randomUUID();
        MvcResult result = mvc.perform(post("/api/shares").with(as(SMB_MANAGER))
                        .header("X-Correlation-Id", correlationId)
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("sefton-lscb")))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", correlationId))
                .andReturn();
        String id = json.readTree(result.getResponse().getContentAsString()).get("id").asString();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = json.readTree(mvc.perform(get("/api/audit/events").param("bodyId", "sefton-lscb")
                    .with(as("auditor"))).andReturn().getResponse().getContentAsString());
            JsonNode entry = null;
            for (JsonNode candidate : page.get("items")) {
                if (id.equals(candidate.get("aggregateId").asString())) {
                    entry = candidate;
                }
            }
            assertThat(entry).isNotNull();
            assertThat(entry.get("eventType").asString()).isEqualTo("ShareRecorded");
            assertThat(entry.get("actor").asString()).isEqualTo(SMB_MANAGER);
            assertThat(entry.get("actorBodyId").asString()).isEqualTo("merseyside-smb");
            assertThat(entry.get("correlationId").asString()).isEqualTo(correlationId);
            assertThat(entry.get("summary").asString()).contains("merseyside-smb shared ANNUAL_REPORT");
        });
    }

    @Test
    void theSameIdempotencyKeyAndBodyReturnTheFirstResultAndRecordNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(post("/api/shares").with(as(SMB_MANAGER)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("st-helens-lscb")))
                .andExpect(status().isCreated()).andReturn();
        long eventsAfterFirst = storedEvents();

        MvcResult again = mvc.perform(post("/api/shares").with(as(SMB_MANAGER)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("st-helens-lscb")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", first.getResponse().getHeader("Location")))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn();

        assertThat(json.readTree(again.getResponse().getContentAsString()))
                .isEqualTo(json.readTree(first.getResponse().getContentAsString()));
        assertThat(storedEvents()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/shares").with(as(SMB_MANAGER)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("st-helens-lscb")))
                .andExpect(status().isCreated());
        long events = storedEvents();

        mvc.perform(post("/api/shares").with(as(SMB_MANAGER)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(annualReport("wirral-lscb")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void listsTheRegisterSeededFromTheSourceDocuments() throws Exception {
        mvc.perform(get("/api/bodies").with(as(KNOWSLEY_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.mappaArea == 'merseyside' && @.kind == 'LSCB')].id",
                        containsInAnyOrder("liverpool-lscb", "knowsley-lscb", "sefton-lscb", "st-helens-lscb",
                                "wirral-lscb")));
        mvc.perform(get("/api/bodies/hampshire-iow-smb").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SMB"))
                .andExpect(jsonPath("$.mappaArea").value("hampshire-iow"));
        mvc.perform(get("/api/bodies/atlantis-lscb").with(as("auditor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("body-not-found"));
    }
}
