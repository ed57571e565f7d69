package uk.mappa.ledger.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.foi.UkBankHolidays;
import uk.mappa.ledger.support.MockTokens;

/** An FOI request involving a MAPPA case, from logging with its due date to release once everyone was heard. */
@EmbeddedLedgerTest
class FoiApiTest {

    static final RequestPostProcessor LEEDS = as("manager.leeds-council");
    static final RequestPostProcessor YOT = MockTokens.bearer("bm.leeds-yot", "leeds-yot", "west-yorkshire",
            "BUSINESS_MANAGER");
    static final RequestPostProcessor BRADFORD = MockTokens.bearer("bm.bradford", "bradford-council", "west-yorkshire",
            "BUSINESS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions send(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aRequestIsReleasedOnlyOnceTheCoordinatorAndPoliceAreConsultedAndEveryPartyHeard() throws Exception {
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);
        String logged = send("/api/foi-requests", LEEDS, """
                {"receivingBodyId": "leeds-council", "receivedOn": "%s",
                 "summary": "How many MAPPA meetings discussed one family", "smbBodyId": "west-yorkshire-smb",
                 "policeLeadBodyId": "west-yorkshire-police", "interestedPartyBodyIds": ["leeds-yot"]}"""
                .formatted(received))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value(UkBankHolidays.twentiethWorkingDayAfter(received).toString()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(logged).get("id").asString();
        String release = "{\"releasedOn\": \"" + LocalDate.now(ZoneId.of("Europe/London"))
                + "\", \"outcome\": \"RELEASED_IN_PART\", \"exemptions\": [\"s.40(2) personal information\"]}";

        send("/api/foi-requests/" + id + "/release", LEEDS, release)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("consultation-missing"));
        send("/api/foi-requests/" + id + "/consultations", LEEDS,
                "{\"consultee\": \"MAPPA_COORDINATOR\", \"view\": \"Withhold the family's details\"}")
                .andExpect(status().isOk());
        send("/api/foi-requests/" + id + "/consultations", LEEDS,
                "{\"consultee\": \"POLICE_LEAD\", \"view\": \"Section 31 applies to operational detail\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readyToRelease").value(false));
        send("/api/foi-requests/" + id + "/release", LEEDS, release)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("interested-party-not-heard"));
        send("/api/foi-requests/" + id + "/parties/leeds-yot/view", LEEDS, "{\"view\": \"Content\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("party-not-informed"));
        send("/api/foi-requests/" + id + "/parties/leeds-yot/likely-response", LEEDS,
                "{\"likelyResponse\": \"Numbers released; the family's details withheld\"}")
                .andExpect(status().isOk());
        send("/api/foi-requests/" + id + "/parties/leeds-yot/view", LEEDS, "{\"view\": \"Content\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readyToRelease").value(true))
                .andExpect(jsonPath("$.interestedParties[0].view").value("Content"));
        send("/api/foi-requests/" + id + "/parties/bradford-council/view", LEEDS, "{\"view\": \"x\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("not-an-interested-party"));

        mvc.perform(get("/api/foi-requests?open=true").with(YOT))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem(id)));
        mvc.perform(get("/api/foi-requests/" + id).with(BRADFORD)).andExpect(status().isNotFound());
        send("/api/foi-requests/" + id + "/release", YOT, release)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-receiving-body-officer"));

        send("/api/foi-requests/" + id + "/release", LEEDS, release)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.exemptions[0]").value("s.40(2) personal information"));
        send("/api/foi-requests/" + id + "/release", LEEDS, release)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("foi-response-released"));
        mvc.perform(get("/api/foi-requests?open=true").with(YOT))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }

    @Test
    void anOldRequestNotAnsweredIsOverdue() throws Exception {
        String logged = send("/api/foi-requests", LEEDS, """
                {"receivingBodyId": "leeds-council", "receivedOn": "2026-01-05", "summary": "Old request",
                 "smbBodyId": "west-yorkshire-smb", "policeLeadBodyId": "west-yorkshire-police",
                 "interestedPartyBodyIds": []}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2026-02-02"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andReturn().getResponse().getContentAsString();
        send("/api/foi-requests", LEEDS, """
                {"receivingBodyId": "leeds-council", "receivedOn": "2026-01-05", "summary": "x",
                 "smbBodyId": "merseyside-smb", "policeLeadBodyId": "west-yorkshire-police",
                 "interestedPartyBodyIds": []}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("not-the-areas-smb"));
        send("/api/foi-requests", LEEDS, "{\"receivingBodyId\": \"leeds-council\"}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/foi-requests?after=not-a-cursor").with(LEEDS))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.violations[0].field").value("after"));
        mvc.perform(get("/api/foi-requests?size=0").with(LEEDS)).andExpect(status().isBadRequest());
        send("/api/foi-requests", LEEDS, """
                {"receivingBodyId": "leeds-council", "receivedOn": "2026-01-06", "summary": "Another old request",
                 "smbBodyId": "west-yorkshire-smb", "policeLeadBodyId": "west-yorkshire-police",
                 "interestedPartyBodyIds": []}""")
                .andExpect(status().isCreated());
        String first = mvc.perform(get("/api/foi-requests?size=1").with(LEEDS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/foi-requests?size=1&after=" + json.readTree(first).get("next").asString()).with(LEEDS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(not(json.readTree(first).get("items").get(0).get("id")
                        .asString())));
        mvc.perform(get("/api/foi-requests/" + json.readTree(logged).get("id").asString()).with(as("auditor")))
                .andExpect(status().isOk());
    }
}
