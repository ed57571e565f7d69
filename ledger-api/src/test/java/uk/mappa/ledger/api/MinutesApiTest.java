package uk.mappa.ledger.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.agreement.AgreementId;

/** A request for MAPPA minutes goes to the chair; a disclosure is the summary the chair agreed, as a share. */
@EmbeddedLedgerTest
class MinutesApiTest {

    static final String WEST_YORKSHIRE_DTC = AgreementId.named("west-yorkshire-dtc").toString();
    static final String SUMMARY = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    static final RequestPostProcessor COORDINATOR = as("coordinator.west-yorkshire-smb");
    static final RequestPostProcessor CHAIR = as("chair.west-yorkshire-police");
    static final RequestPostProcessor POLICE = as("manager.west-yorkshire-police");
    static final RequestPostProcessor LEEDS = as("manager.leeds-council");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions send(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String request(String requester, String requesterBody) throws Exception {
        String created = send("/api/minutes-requests", COORDINATOR, """
                {"smbBodyId": "west-yorkshire-smb", "chairBodyId": "west-yorkshire-police", "meetingOn": "2026-05-20",
                 "meetingLevel": 3, "requester": "%s", %s "purpose": "Child protection conference",
                 "receivedOn": "%s"}""".formatted(requester,
                        requesterBody == null ? "" : "\"requesterBodyId\": \"" + requesterBody + "\",", LocalDate.now()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_DECISION"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asString();
    }

    static String summaryShare(String requestId, String digest) {
        return """
                {"agreementId": "%s", "category": "MINUTES", "title": "Executive summary of the MAPPA meeting",
                 "providerBodyId": "west-yorkshire-police", "recipientBodyIds": ["leeds-council"],
                 "lawfulBasis": "CJA_2003_S325", "purpose": "Disclosure agreed by the chair",
                 "marking": {"classification": "OFFICIAL", "sensitive": true}, "contentSha256": "%s"%s}"""
                .formatted(WEST_YORKSHIRE_DTC, digest, requestId == null ? "" : ", \"minutesRequestId\": \"" + requestId + "\"");
    }

    @Test
    void theChairAgreesAnExecutiveSummaryAndOnlyThatIsSharedWithTheBodyThatAsked() throws Exception {
        String id = request("AGENCY_NOT_ATTENDING", "leeds-council");
        mvc.perform(get("/api/minutes-requests?awaitingDecision=true").with(CHAIR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem(id)));
        send("/api/shares", POLICE, summaryShare(id, SUMMARY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("executive-summary-not-agreed"));

        send("/api/minutes-requests/" + id + "/decision", COORDINATOR,
                "{\"disclose\": true, \"reasons\": \"x\", \"executiveSummarySha256\": \"" + SUMMARY + "\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-meeting-chair"));
        send("/api/minutes-requests/" + id + "/decision", CHAIR, """
                {"disclose": true, "reasons": "Leeds children's services need the risk management plan",
                 "executiveSummarySha256": "%s"}""".formatted(SUMMARY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCLOSURE_AGREED"))
                .andExpect(jsonPath("$.executiveSummarySha256").value(SUMMARY));

        send("/api/shares", POLICE, summaryShare(id, ShareApiTest.DIGEST))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("executive-summary-not-agreed"));
        send("/api/shares", POLICE, summaryShare(null, SUMMARY))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("minutes-request-required"));
        org.springframework.mock.web.MockHttpServletResponse shared = send("/api/shares", POLICE, summaryShare(id, SUMMARY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.minutesRequestId").value(id))
                .andReturn().getResponse();
        String share = json.readTree(shared.getContentAsString()).get("id").asString();
        mvc.perform(get("/api/minutes-requests/" + id).with(LEEDS).header("Ledger-Position",
                        shared.getHeader("Ledger-Position")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disclosedInShares", hasItem(share)));
        mvc.perform(get("/api/minutes-requests/" + id).with(as("manager.knowsley-lscb")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/minutes-requests?awaitingDecision=true").with(CHAIR))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }

    @Test
    void anOffendersRequestGoesToTheChairTooAndNoBodyIsNamed() throws Exception {
        String id = request("OFFENDER_REPRESENTATIVE", null);
        send("/api/minutes-requests/" + id + "/decision", CHAIR,
                "{\"disclose\": false, \"reasons\": \"Third-party information; the meeting's confidence\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.requesterBodyId").doesNotExist());
        send("/api/minutes-requests/" + id + "/decision", CHAIR, "{\"disclose\": false, \"reasons\": \"Again\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("already-decided"));
        send("/api/minutes-requests", COORDINATOR, """
                {"smbBodyId": "west-yorkshire-smb", "chairBodyId": "west-yorkshire-police", "meetingOn": "2026-05-20",
                 "meetingLevel": 3, "requester": "OFFENDER", "requesterBodyId": "leeds-council",
                 "purpose": "Appeal", "receivedOn": "2026-06-01"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("requester-body-mismatch"));
        send("/api/minutes-requests", LEEDS, """
                {"smbBodyId": "west-yorkshire-smb", "chairBodyId": "west-yorkshire-police", "meetingOn": "2026-05-20",
                 "meetingLevel": 3, "requester": "OFFENDER", "purpose": "Appeal", "receivedOn": "2026-06-01"}""")
                .andExpect(status().isForbidden());
        send("/api/minutes-requests", COORDINATOR, """
                {"smbBodyId": "west-yorkshire-smb", "chairBodyId": "west-yorkshire-police", "meetingOn": "2026-05-20",
                 "meetingLevel": 1, "requester": "OFFENDER", "purpose": "Appeal", "receivedOn": "2026-06-01"}""")
                .andExpect(status().isBadRequest());
    }
}
