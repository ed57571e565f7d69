package uk.mappa.ledger.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** SFO notifications and MAPPA meeting notices over the API (escalation over time is in the fixture tests). */
@EmbeddedLedgerTest
class CaseworkApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anSfoNotificationIsAcknowledgedByTheLscb() throws Exception {
        String id = json.readTree(post("/api/sfo-notifications", "coordinator.merseyside-smb", """
                {"smbBodyId": "merseyside-smb", "lscbBodyId": "knowsley-lscb", "recipientRole": "BUSINESS_MANAGER",
                 "childInvolved": true, "riskToChildren": true, "summary": "Offender charged with an offence against a child"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_ACKNOWLEDGEMENT"))
                .andReturn().getResponse().getContentAsString()).get("notificationId").asString();

        post("/api/sfo-notifications/" + id + "/acknowledgement", "manager.merseyside-smb", "")
                .andExpect(status().isForbidden());
        post("/api/sfo-notifications/" + id + "/acknowledgement", "manager.knowsley-lscb", "")
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/sfo-notifications")
                        .with(as("ig.merseyside")))
                .andExpect(jsonPath("$.items[?(@.notificationId == '" + id + "')].status", hasItem("ACKNOWLEDGED"))));
    }

    @Test
    void onlyChildSafeguardingSfosAreNotifiedAndBadInputIsListed() throws Exception {
        post("/api/sfo-notifications", "coordinator.merseyside-smb", """
                {"smbBodyId": "merseyside-smb", "lscbBodyId": "knowsley-lscb", "recipientRole": "CHAIR",
                 "childInvolved": false, "riskToChildren": false, "summary": "Adult victim"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("not-a-child-safeguarding-sfo"));
        post("/api/sfo-notifications", "coordinator.merseyside-smb", "{\"recipientRole\": \"CLERK\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations.length()").value(6));
        post("/api/sfo-notifications", "manager.knowsley-lscb", """
                {"smbBodyId": "merseyside-smb", "lscbBodyId": "knowsley-lscb", "recipientRole": "CHAIR",
                 "childInvolved": true, "riskToChildren": false, "summary": "x"}""")
                .andExpect(status().isForbidden());
    }

    @Test
    void aMeetingNeedsFourteenDaysNoticeOrARecordedUrgencyAndIsConfirmedByTheAgency() throws Exception {
        String soon = Instant.now().plus(Duration.ofDays(3)).toString();
        post("/api/mappa-meetings", "coordinator.merseyside-smb", """
                {"smbBodyId": "merseyside-smb", "agencyBodyId": "knowsley-lscb", "meetingAt": "%s", "level": 3}"""
                .formatted(soon))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("short-notice-without-urgency"));
        String id = json.readTree(post("/api/mappa-meetings", "coordinator.merseyside-smb", """
                {"smbBodyId": "merseyside-smb", "agencyBodyId": "knowsley-lscb", "meetingAt": "%s", "level": 3,
                 "urgencyReason": "Release from custody on Friday"}""".formatted(soon))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shortNotice").value(true))
                .andReturn().getResponse().getContentAsString()).get("noticeId").asString();

        post("/api/mappa-meetings/" + id + "/attendance-confirmation", "manager.knowsley-lscb",
                "{\"representativeRole\": \"Team manager, children's social care\"}")
                .andExpect(status().isNoContent());
        post("/api/mappa-meetings/" + id + "/attendance", "coordinator.merseyside-smb", "{\"attended\": false}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("meeting-not-held"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/mappa-meetings")
                        .with(as("manager.knowsley-lscb")))
                .andExpect(jsonPath("$.items[?(@.noticeId == '" + id + "')].confirmedRepresentativeRole",
                        hasItem("Team manager, children's social care"))));
    }
}
