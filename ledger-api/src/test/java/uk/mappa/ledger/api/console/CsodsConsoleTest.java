package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.EmbeddedLedgerTest;

/**
 * The CSODS officer's cases in the console: the force's cases at their stage with the next time limit, and none
 * of the people in them; for the force's officers, the area's IG lead and auditors only.
 */
@EmbeddedLedgerTest
class CsodsConsoleTest {

    static final String APPLICANT = "Philippa Console-Applicant";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void aCsodsOfficerSeesTheForcesCasesWithTheirNextTimeLimitAndNoNames() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/csods/cases")
                        .with(httpBasic("csods.merseyside-police", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"applicant": {"name": "%s", "dateOfBirth": "1985-02-03", "address": "1 High Street"},
                                 "subject": {"name": "Console Subject", "dateOfBirth": "1980-01-01", "address": "2 Low Road"},
                                 "children": [{"name": "Console Child", "dateOfBirth": "2018-06-01", "address": "1 High Street"}],
                                 "relationship": "New partner"}""".formatted(APPLICANT)))
                .andExpect(status().isCreated()).andReturn().getResponse();
        String id = json.readTree(created.getContentAsString()).get("id").asString();

        String page = mvc.perform(get("/console/csods").header("Ledger-Position", created.getHeader("Ledger-Position"))
                        .session(ConsoleTest.signIn(mvc, "csods.merseyside-police")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf(id));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("merseyside-police", "Application received",
                "Initial checks by");
        assertThat(page).doesNotContain(APPLICANT, "Console Subject", "Console Child", "High Street");

        assertThat(mvc.perform(get("/console/csods").session(ConsoleTest.signIn(mvc, "ig.merseyside")))
                .andReturn().getResponse().getContentAsString()).contains(id);
        assertThat(mvc.perform(get("/console/csods").param("after", "stale").session(ConsoleTest.signIn(mvc, "auditor")))
                .andReturn().getResponse().getContentAsString()).contains("There is a problem", "the ledger returned");
        String manager = mvc.perform(get("/console/csods").session(ConsoleTest.signIn(mvc, "manager.merseyside-smb")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(manager).contains("You cannot do this").doesNotContain(id);
    }
}
