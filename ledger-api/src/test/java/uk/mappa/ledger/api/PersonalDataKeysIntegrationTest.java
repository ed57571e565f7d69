package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.personal.AesGcm;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * Subject keys are stored wrapped by a key-encryption key that is not in the database: a copy of the
 * database alone opens nothing; rotating the KEK re-wraps every key without touching an event; a ledger
 * not given the KEK that wrapped the keys refuses to start; and erasure leaves no copy of the key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataKeysIntegrationTest {

    static final String APPLICANT = "Philippa Kestrel-Applicant";

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final String officer = bearer(tokens.token("jo.csods", "merseyside-police", "merseyside", "CSODS_OFFICER"));
    final String igLead = bearer(tokens.token("sam.ig", null, "merseyside", "IG_LEAD"));
    final byte[] firstKek = randomKek();
    final byte[] secondKek = randomKek();

    TestDatabase database;

    @BeforeAll
    void database() {
        database = TestDatabase.fresh();
    }

    @AfterAll
    void drop() {
        database.close();
    }

    static byte[] randomKek() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    RunningLedger start(String... properties) {
        return RunningLedger.start(database, tokens, properties);
    }

    static String kek(byte[] key) {
        return "ledger.personal-data.kek=" + Base64.getEncoder().encodeToString(key);
    }

    static String previous(byte[] key) {
        return "ledger.personal-data.previous-kek=" + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void keysAreWrappedRotatedWithoutTouchingEventsAndGoneAfterErasure() throws Exception {
        String caseId;
        String subjectId;
        long events;
        try (RunningLedger ledger = start(kek(firstKek))) {
            HttpResponse<String> created = ledger.post("/api/csods/cases", officer, """
                    {"applicant": {"name": "%s"}, "subject": {"name": "A Subject"},
                     "children": [{"name": "A Child"}], "relationship": "Neighbour"}""".formatted(APPLICANT));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode body = json.readTree(created.body());
            caseId = body.get("id").asString();
            subjectId = body.get("applicant").get("subjectId").asString();
            events = count("select count(*) from domain_event_entry");
        }
        List<Object[]> stored = keys();
        assertThat(stored).isNotEmpty().allSatisfy(row -> {
            byte[] bytes = (byte[]) row[1];
            assertThat(row[2]).isEqualTo(kekId(firstKek));
            assertThat(bytes).hasSize(12 + 32 + 16);
            assertThat(AesGcm.unwrap((SubjectId) row[0], firstKek, bytes)).hasSize(32);
            assertThatThrownBy(() -> AesGcm.unwrap((SubjectId) row[0], secondKek, bytes))
                    .isInstanceOf(IllegalStateException.class);
        });

        try (RunningLedger rotating = start(kek(secondKek), previous(firstKek))) {
            assertThat(applicantName(rotating, caseId)).isEqualTo(APPLICANT);
        }
        assertThat(keys()).allSatisfy(row -> assertThat(row[2]).isEqualTo(kekId(secondKek)));
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);

        assertThatThrownBy(() -> start(kek(firstKek))).hasStackTraceContaining("which this ledger was not given");

        try (RunningLedger rotated = start(kek(secondKek))) {
            assertThat(applicantName(rotated, caseId)).isEqualTo(APPLICANT);
            HttpResponse<String> erased = rotated.post("/api/subjects/" + subjectId + "/erasure", igLead,
                    "{\"reason\": \"No longer required\"}");
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        }
        assertThat(count("select count(*) from subject_key where subject_id = '" + subjectId + "'")).isZero();
    }

    private String applicantName(RunningLedger ledger, String caseId) {
        HttpResponse<String> read = ledger.get("/api/csods/cases/" + caseId, officer);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return json.readTree(read.body()).get("applicant").get("name").asString();
    }

    private static String kekId(byte[] key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
    }

    private List<Object[]> keys() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select subject_id, key_bytes, kek_id from subject_key")) {
            while (result.next()) {
                rows.add(new Object[] {new SubjectId(UUID.fromString(result.getString(1))), result.getBytes(2),
                        result.getString(3)});
            }
        }
        return rows;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
