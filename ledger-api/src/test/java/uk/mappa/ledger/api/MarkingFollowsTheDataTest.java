package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a reader sees a share's title is decided when it is read, from the marking the share has then:
 * after a re-marking to SECRET, no view shows a recipient the title it showed before, not even of the past.
 */
@EmbeddedLedgerTest
class MarkingFollowsTheDataTest {

    static final String TITLE = "Operation Kestrel review";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    /** The body of a read, once complete: a streamed answer (the CSV) is awaited, not read half-written. */
    String read(String user, String path, String accept) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(user)).accept(accept)).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    String read(String user, String path) throws Exception {
        return read(user, path, MediaType.APPLICATION_JSON_VALUE);
    }

    /** Every view a recipient and an IG lead have of the share and its history. */
    String[] views(String shareId, Instant before) {
        return new String[] {"/api/shares/" + shareId, "/api/audit/events?size=500&bodyId=knowsley-lscb",
                "/api/holdings?bodyId=knowsley-lscb", "/api/holdings?bodyId=knowsley-lscb&asOf=" + before};
    }

    @Test
    void aShareReMarkedSecretWithholdsItsTitleFromRecipientsInEveryViewIncludingThePast() throws Exception {
        String body = mvc.perform(post("/api/shares").with(as("manager.merseyside-smb"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ShareApiTest.annualReport("knowsley-lscb").replace("Merseyside SMB annual report 2025/26",
                                TITLE).replace("2026-04-01T09:00:00Z", "2026-04-01T09:00:01Z")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String shareId = json.readTree(body).get("id").asString();
        Instant afterRecording = Instant.now();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String path : views(shareId, afterRecording)) {
                assertThat(read("manager.knowsley-lscb", path)).as(path).contains(TITLE);
            }
            assertThat(read("manager.knowsley-lscb", "/api/audit/events?bodyId=knowsley-lscb", "text/csv"))
                    .contains(TITLE);
        });

        mvc.perform(post("/api/shares/" + shareId + "/markings").with(as("manager.merseyside-smb"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"marking\": {\"classification\": \"SECRET\"}, \"reason\": \"Names an operation\"}"))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String path : views(shareId, afterRecording)) {
                String view = read("manager.knowsley-lscb", path);
                assertThat(view).as(path).doesNotContain(TITLE).contains("\"titleWithheld\":true");
            }
            String csv = read("manager.knowsley-lscb", "/api/audit/events?bodyId=knowsley-lscb", "text/csv");
            assertThat(csv).doesNotContain(TITLE).contains("ShareRemarked");
        });
        // The provider and the area's IG lead still see it, in the past as now.
        for (String user : new String[] {"manager.merseyside-smb", "ig.merseyside"}) {
            assertThat(read(user, "/api/audit/events?size=500&bodyId=knowsley-lscb")).as(user).contains(TITLE);
            assertThat(read(user, "/api/shares/" + shareId)).as(user).contains(TITLE);
        }
        assertThat(read("ig.merseyside", "/api/holdings?bodyId=knowsley-lscb&asOf=" + afterRecording)).contains(TITLE);
    }

    @Test
    void filtersConfirmNothingOutsideTheReadersScope() throws Exception {
        // Wirral alone shares with the SMB; Knowsley asking for Wirral's trail sees only entries it took part in.
        mvc.perform(post("/api/shares").with(as("manager.merseyside-smb")).contentType(MediaType.APPLICATION_JSON)
                .content(ShareApiTest.annualReport("wirral-lscb"))).andExpect(status().isCreated());
        String page = read("manager.knowsley-lscb", "/api/audit/events?size=500&bodyId=wirral-lscb");
        assertThat(json.readTree(page).get("items").valueStream()
                .map(entry -> entry.get("bodies").valueStream().map(body -> body.asString()).toList()))
                .allSatisfy(bodies -> assertThat(bodies).contains("knowsley-lscb", "wirral-lscb"));
        // A page tells nothing about how many entries there are beyond what the reader may see.
        assertThat(json.readTree(page).has("totalEntries")).isFalse();
    }
}
