package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.EmbeddedLedgerTest;

/**
 * The auditor's page: the latest signed tree head, a check of the whole log followed to its verdict, the export,
 * and the read models with their rebuilding; nobody else has it.
 */
@EmbeddedLedgerTest
class AuditorConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/console/log").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAuditorChecksTheLogAndFollowsItToItsVerdict() throws Exception {
        MockHttpSession auditor = ConsoleTest.signIn(mvc, "auditor");
        await().atMost(Duration.ofSeconds(20)).until(() -> page(auditor).contains("id=\"tree-head\""));
        JsonNode head = json.readTree(mvc.perform(get("/api/ledger/tree-head").with(httpBasic("auditor", "demo")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page(auditor)).contains("Latest signed tree head", "Events sealed", "id=\"verify\"");

        mvc.perform(post("/console/log/verification").session(auditor)).andExpect(status().isForbidden());
        mvc.perform(post("/console/log/verification").session(auditor).with(csrf()))
                .andExpect(redirectedUrl("/console/log#verification"));
        await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(mvc.perform(
                        get("/console/log/verification").session(auditor).accept("application/json"))
                .andReturn().getResponse().getContentAsString()).get("finished").asBoolean());
        JsonNode run = json.readTree(mvc.perform(get("/console/log/verification").session(auditor))
                .andReturn().getResponse().getContentAsString());
        assertThat(run.get("verdict").get("intact").asBoolean()).isTrue();
        assertThat(run.get("startedBy").asString()).isEqualTo("auditor");
        assertThat(run.get("verdict").get("events").asLong()).isGreaterThanOrEqualTo(head.get("treeSize").asLong());
        assertThat(page(auditor)).contains("Intact", "Events checked", "Check the log again")
                .doesNotContain("data-poll");
    }

    @Test
    void theExportIsTheApisAndTheReadModelsCanBeRebuilt() throws Exception {
        MockHttpSession auditor = ConsoleTest.signIn(mvc, "auditor");
        // Sealing runs in the background: on a ledger just started, wait for its first tree head.
        await().atMost(Duration.ofSeconds(20)).until(() -> page(auditor).contains("id=\"tree-head\""));
        MvcResult started = mvc.perform(get("/console/log/export.jsonl").session(auditor)).andReturn();
        String export = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ledger-export.jsonl\""))
                .andReturn().getResponse().getContentAsString();
        String[] lines = export.split("\n");
        assertThat(lines.length).isGreaterThan(1);
        // Events first, each with its leaf, then the signed tree heads, the latest last.
        assertThat(json.readTree(lines[0]).get("leafIndex").asLong()).isZero();
        assertThat(json.readTree(lines[0]).get("leafHash").asString()).hasSize(64);
        assertThat(json.readTree(lines[lines.length - 1]).get("type").asString())
                .isNotEqualTo(json.readTree(lines[0]).get("type").asString());

        String before = page(auditor);
        assertThat(before).contains("id=\"projections\"", ">holdings<", ">audit-trail<", ">certificates<",
                "/console/projections/certificates/replay");
        mvc.perform(post("/console/projections/certificates/replay").session(auditor).with(csrf()))
                .andExpect(redirectedUrl("/console/log?replaying=certificates#projections"));
        assertThat(mvc.perform(get("/console/log").param("replaying", "certificates").session(auditor))
                .andReturn().getResponse().getContentAsString()).contains("Rebuilding certificates from the whole history.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(json.readTree(mvc.perform(
                        get("/api/admin/projections").with(httpBasic("auditor", "demo")))
                .andReturn().getResponse().getContentAsString()).valueStream()
                .filter(status -> status.get("name").asString().equals("certificates"))
                .findFirst().orElseThrow().get("replaying").asBoolean()).isFalse());
    }

    @Test
    void nobodyButAnAuditorHasTheLogPage() throws Exception {
        for (String user : new String[] {"ig.merseyside", "manager.knowsley-lscb"}) {
            MockHttpSession session = ConsoleTest.signIn(mvc, user);
            assertThat(mvc.perform(get("/console/log").session(session)).andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString()).contains("You cannot do this", "Only auditors");
            mvc.perform(post("/console/projections/holdings/replay").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("href=\"/console/log\"");
        }
        assertThat(mvc.perform(get("/").session(ConsoleTest.signIn(mvc, "auditor"))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/console/log\"");
    }
}
