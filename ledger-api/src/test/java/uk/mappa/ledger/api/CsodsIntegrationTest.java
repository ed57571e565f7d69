package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * CSODS on PostgreSQL: a case from application to closure, personal data never in clear in the event
 * store (before or after erasure), erasure that leaves the history and the log intact, and a deadline due
 * while the ledger was down firing once it is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsodsIntegrationTest {

    static final String APPLICANT = "Alexandra Quayle-Applicant";
    static final String SUBJECT = "Samuel Rutherford-Subject";
    static final String CHILD = "Christabel Nightingale-Child";

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String officer = bearer(tokens.token("jo.csods", "merseyside-police", "merseyside", "CSODS_OFFICER"));
    final String igLead = bearer(tokens.token("sam.ig", null, "merseyside", "IG_LEAD"));
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
    final String knowsley = bearer(tokens.token("kim.knowsley", "knowsley-lscb", "merseyside", "BUSINESS_MANAGER"));

    TestDatabase database;
    RunningLedger ledger;

    @BeforeAll
    void start() {
        database = TestDatabase.fresh();
        ledger = start(ledger);
    }

    RunningLedger start(RunningLedger previous) {
        return RunningLedger.start(database, tokens,
                "ledger.csods.time-limits.merseyside-police.initial-checks=PT3S",
                "ledger.csods.time-limits.merseyside-police.face-to-face=P10D",
                "ledger.csods.time-limits.merseyside-police.risk-assessment=P28D",
                "ledger.csods.time-limits.merseyside-police.whole-case=P45D");
    }

    @AfterAll
    void stop() {
        ledger.close();
        database.close();
    }

    JsonNode post(String path, String body) {
        HttpResponse<String> response = ledger.post(path, officer, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    JsonNode apply() {
        return post("/api/csods/cases", """
                {"applicant": {"name": "%s", "dateOfBirth": "1985-02-03", "address": "1 High Street, Knowsley"},
                 "subject": {"name": "%s", "dateOfBirth": "1980-01-01", "address": "2 Low Road, Knowsley"},
                 "children": [{"name": "%s", "dateOfBirth": "2018-06-01", "address": "1 High Street, Knowsley"}],
                 "relationship": "New partner of the mother of %s"}""".formatted(APPLICANT, SUBJECT, CHILD, CHILD));
    }

    @Test
    void aCaseRunsFromApplicationToClosureWithNoNameInTheEventStoreBeforeOrAfterErasure() throws Exception {
        JsonNode created = apply();
        String id = created.get("id").asString();
        assertThat(created.get("subject").get("name").asString()).isEqualTo(SUBJECT);
        String subjectId = created.get("subject").get("subjectId").asString();

        post("/api/csods/cases/" + id + "/initial-checks", "{}");
        post("/api/csods/cases/" + id + "/face-to-face-meeting", "{\"identityVerified\": true}");
        post("/api/csods/cases/" + id + "/risk-assessment", "{\"mappaCategory\": 1, \"mappaLevel\": 2}");
        HttpResponse<String> early = ledger.post("/api/csods/cases/" + id + "/disclosure", officer, "{\"inPerson\": true}");
        assertThat(json.readTree(early.body()).get("code").asString()).isEqualTo("no-decision-to-disclose");
        post("/api/csods/cases/" + id + "/decision", """
                {"disclose": true, "rationale": "%s has convictions relevant to the safety of %s",
                 "decisionMakers": ["Detective Inspector", "MAPPA chair"], "agenciesConsulted": ["knowsley-lscb"]}"""
                .formatted(SUBJECT, CHILD));
        JsonNode disclosed = post("/api/csods/cases/" + id + "/disclosure",
                "{\"inPerson\": true, \"recipient\": {\"name\": \"Patricia Grandparent-Recipient\"}}");
        String recipientId = disclosed.get("disclosure").get("recipient").get("subjectId").asString();
        post("/api/csods/cases/" + id + "/undertaking", "{\"signed\": true}");
        JsonNode closed = post("/api/csods/cases/" + id + "/closure", "{}");
        assertThat(closed.get("stage").asString()).isEqualTo("CLOSED");

        assertNoClearNamesIn("domain_event_entry", "snapshot_event_entry", "csods_case", "audit_entry");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode held = json.readTree(ledger.get("/api/subjects/" + recipientId + "/holdings", igLead).body());
            assertThat(held.valueStream().map(h -> h.get("caseId").asString())).containsExactly(id);
            assertThat(json.readTree(ledger.get("/api/audit/events?category=CSODS_DISCLOSURE", igLead).body())
                    .get("items").valueStream().map(e -> e.get("aggregateId").asString())).contains(id);
        });

        HttpResponse<String> outsider = ledger.post("/api/subjects/" + subjectId + "/erasure", knowsley,
                "{\"reason\": \"x\"}");
        assertThat(outsider.statusCode()).isEqualTo(404);
        assertThat(outsider.body()).contains("subject-not-found").doesNotContain("merseyside");
        HttpResponse<String> erased = ledger.post("/api/subjects/" + subjectId + "/erasure", igLead,
                "{\"reason\": \"No longer required: case closed and retention period over\"}");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode view = json.readTree(ledger.get("/api/csods/cases/" + id, igLead).body());
            assertThat(view.get("subject").get("erased").asBoolean()).isTrue();
            assertThat(view.get("subject").get("name").isNull()).isTrue();
            assertThat(view.get("decision").get("rationale").get("erased").asBoolean()).isTrue();
            assertThat(view.get("applicant").get("name").asString()).isEqualTo(APPLICANT);
            assertThat(view.get("stage").asString()).isEqualTo("CLOSED");
            assertThat(view.get("stages").size()).isEqualTo(8);
        });
        assertNoClearNamesIn("domain_event_entry", "snapshot_event_entry", "csods_case", "audit_entry");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from subject_key where subject_id = '" + subjectId + "'")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
        assertThat(ledger.post("/api/admin/projections/csods/replay", auditor, "").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode view = json.readTree(ledger.get("/api/csods/cases/" + id, igLead).body());
            assertThat(view.get("stage").asString()).isEqualTo("CLOSED");
            assertThat(view.get("subject").get("erased").asBoolean()).isTrue();
        });
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(json.readTree(
                ledger.get("/api/ledger/verification", auditor).body()).get("intact").asBoolean()).isTrue());
    }

    @Test
    void onlyTheForceIgLeadsAndAuditorsSeeACase() {
        String id = apply().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(ledger.get("/api/csods/cases/" + id, officer).statusCode()).isEqualTo(200));
        assertThat(ledger.get("/api/csods/cases/" + id, auditor).statusCode()).isEqualTo(200);
        assertThat(ledger.get("/api/csods/cases/" + id, knowsley).statusCode()).isEqualTo(404);
        assertThat(ledger.post("/api/csods/cases", knowsley, "{}").statusCode()).isIn(400, 403);
        assertThat(json.readTree(ledger.get("/api/csods/figures?force=merseyside-police", knowsley).body())
                .valueStream().mapToInt(quarter -> quarter.get("applications").asInt()).sum()).isPositive();
    }

    @Test
    void aDeadlineDueWhileTheLedgerWasDownFiresAfterItStarts() throws Exception {
        String id = apply().get("id").asString();
        ledger.close();
        Thread.sleep(4000); // the 3-second initial-checks limit passes while the ledger is down
        ledger = start(ledger);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode missed = json.readTree(ledger.get("/api/csods/missed-deadlines", igLead).body());
            assertThat(missed.valueStream().filter(m -> m.get("caseId").asString().equals(id))
                    .map(m -> m.get("deadline").asString())).containsExactly("INITIAL_CHECKS");
        });
        assertThat(missedCaseIds(officer)).contains(id);
        assertThat(missedCaseIds(auditor)).contains(id);
        String otherForce = bearer(tokens.token("lee.csods", "west-yorkshire-police", "west-yorkshire", "CSODS_OFFICER"));
        String otherLead = bearer(tokens.token("val.ig", null, "west-yorkshire", "IG_LEAD"));
        assertThat(missedCaseIds(otherForce)).doesNotContain(id);
        assertThat(missedCaseIds(otherLead)).doesNotContain(id);
        assertThat(missedCaseIds(knowsley)).isEmpty();

        // The force's list of cases shows the case at its stage, its missed limit still the next one, overdue,
        // and nothing of the people in it; other forces and areas do not see it.
        JsonNode listed = json.readTree(ledger.get("/api/csods/cases?size=500", officer).body()).get("items")
                .valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("stage").asString()).isEqualTo("APPLICATION_RECEIVED");
        assertThat(listed.get("nextDeadline").asString()).isEqualTo("INITIAL_CHECKS");
        assertThat(listed.get("overdue").asBoolean()).isTrue();
        assertThat(listed.get("missedDeadlines").asInt()).isEqualTo(1);
        assertThat(listed.toString()).doesNotContain(SUBJECT, "High Street", "applicant", "subject", "children");
        assertThat(ledger.get("/api/csods/cases?size=500", otherForce).body()).doesNotContain(id);
        assertThat(ledger.get("/api/csods/cases?size=500", otherLead).body()).doesNotContain(id);
        assertThat(ledger.get("/api/csods/cases", knowsley).body()).isEqualTo("{\"items\":[],\"next\":null}");
        assertThat(ledger.get("/api/csods/cases?size=500", auditor).body()).contains(id);
    }

    List<String> missedCaseIds(String caller) {
        HttpResponse<String> response = ledger.get("/api/csods/missed-deadlines", caller);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().map(m -> m.get("caseId").asString()).toList();
    }

    private void assertNoClearNamesIn(String... tables) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            byte[] bytes = rows.getBytes(column);
                            String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
                            for (String name : List.of(APPLICANT, SUBJECT, CHILD, "Patricia Grandparent", "Knowsley\"")) {
                                if (text.contains(name)) {
                                    found.add(table + " holds " + name);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
