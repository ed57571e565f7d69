package uk.mappa.ledger.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.MockTokens;

/** A receiving board records considering an annual report; the boards see which reports are still to consider. */
@EmbeddedLedgerTest
class AnnualReportApiTest {

    static final RequestPostProcessor WIRRAL = MockTokens.bearer("bm.wirral", "wirral-lscb", "merseyside",
            "BUSINESS_MANAGER");
    static final RequestPostProcessor KNOWSLEY_CHAIR = MockTokens.bearer("chair.knowsley", "knowsley-lscb",
            "merseyside", "CHAIR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions send(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aBoardRecordsTheMeetingThatConsideredTheLatestReportAndItLeavesTheList() throws Exception {
        String report = ShareApiTest.annualReport("knowsley-lscb", "wirral-lscb")
                .replace("2026-04-01T09:00:00Z", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        String shared = send("/api/shares", as("manager.merseyside-smb"), report)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(shared).get("id").asString();
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();

        String position = send("/api/shares/" + id + "/considerations", KNOWSLEY_CHAIR,
                "{\"meetingOn\": \"" + today + "\", \"priorities\": [\"Exploitation\", \"Missing children\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.considerations[0].boardBodyId").value("knowsley-lscb"))
                .andExpect(jsonPath("$.considerations[0].priorities[1]").value("Missing children"))
                .andReturn().getResponse().getHeader("Ledger-Position");

        mvc.perform(get("/api/annual-reports?notConsidered=true").with(WIRRAL).header("Ledger-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.boardBodyId == 'wirral-lscb')].shareId", hasItem(id)))
                .andExpect(jsonPath("$[*].boardBodyId", not(hasItem("knowsley-lscb"))));
        mvc.perform(get("/api/annual-reports?notConsidered=true").with(as("manager.knowsley-lscb"))
                        .header("Ledger-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.boardBodyId == 'knowsley-lscb')].shareId", not(hasItem(id))));
        mvc.perform(get("/api/annual-reports").with(as("ig.merseyside")).header("Ledger-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.shareId == '" + id + "' && @.boardBodyId == 'knowsley-lscb')].consideredOn",
                        hasItem(today)));
        mvc.perform(get("/api/annual-reports").with(MockTokens.bearer("bm.hampshire", "hampshire-lscp",
                        "hampshire-iow", "BUSINESS_MANAGER")).header("Ledger-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].shareId", not(hasItem(id))));

        send("/api/shares/" + id + "/considerations", as("manager.knowsley-lscb"),
                "{\"meetingOn\": \"" + today + "\", \"priorities\": []}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("already-considered"));
        send("/api/shares/" + id + "/considerations", WIRRAL, "{\"meetingOn\": \"2020-01-01\", \"priorities\": []}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("considered-before-shared"));
        send("/api/shares/" + id + "/considerations", WIRRAL, "{\"meetingOn\": \"" + today + "\"}")
                .andExpect(status().isBadRequest());
    }
}
