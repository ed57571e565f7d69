package uk.mappa.ledger.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The register kept through the API by the register administrators of each MAPPA area. */
@EmbeddedLedgerTest
class RegisterApiTest {

    static final String ADMIN = "register.merseyside";

    @Autowired
    MockMvc mvc;

    ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String register(String kind) throws Exception {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/bodies", ADMIN, """
                {"id": "%s", "name": "Test Safeguarding Children Board", "kind": "%s", "mappaArea": "merseyside"}"""
                .formatted(id, kind))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        return id;
    }

    @Test
    void anLscbRenamedAsAPartnershipIsTheSameBodyWithItsFormerName() throws Exception {
        String id = register("LSCB");
        mvc.perform(get("/api/bodies/" + id).with(as("manager.knowsley-lscb"))).andExpect(status().isOk());
        post("/api/bodies/" + id + "/renaming", ADMIN, """
                {"name": "Test Safeguarding Children Partnership", "kind": "LSCP",
                 "reason": "Children and Social Work Act 2017"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("LSCP"))
                .andExpect(jsonPath("$.formerNames[0]").value("Test Safeguarding Children Board"));
        mvc.perform(get("/api/bodies/" + id).with(as("auditor")))
                .andExpect(jsonPath("$.name").value("Test Safeguarding Children Partnership"));
        mvc.perform(get("/api/audit/events?bodyId=" + id).with(as("auditor")))
                .andExpect(jsonPath("$.items[0].eventType").value("BodyRenamed"));
    }

    @Test
    void aMergedBodyNamesItsSuccessorAndIsChangedNoMore() throws Exception {
        String id = register("LSCP");
        post("/api/bodies/" + id + "/merger", ADMIN, "{\"intoBodyId\": \"knowsley-lscb\", \"reason\": \"Joint\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.successorBodyId").value("knowsley-lscb"));
        post("/api/bodies/" + id + "/closure", ADMIN, "{\"reason\": \"Gone\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("body-not-open"));
    }

    @Test
    void aClosedBodyStaysInTheRegister() throws Exception {
        String id = register("DTC_AGENCY");
        post("/api/bodies/" + id + "/closure", ADMIN, "{\"reason\": \"Abolished\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/bodies").with(as("manager.knowsley-lscb")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("CLOSED"));
    }

    @Test
    void onlyARegisterAdministratorOfTheAreaChangesIt() throws Exception {
        post("/api/bodies", "manager.knowsley-lscb", """
                {"id": "not-allowed", "name": "Not allowed", "kind": "LSCP", "mappaArea": "merseyside"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-register-admin"));
        post("/api/bodies", ADMIN, """
                {"id": "not-allowed", "name": "Not allowed", "kind": "LSCP", "mappaArea": "hampshire-iow"}""")
                .andExpect(status().isForbidden());
        post("/api/bodies/portsmouth-lscp/closure", ADMIN, "{\"reason\": \"Not ours\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/bodies/not-allowed").with(as("auditor"))).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        post("/api/bodies", ADMIN, "{\"id\": \"Not An Id\", \"name\": \"\", \"kind\": \"CLUB\", \"mappaArea\": \"merseyside\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"));
        post("/api/bodies/no-such-body/renaming", ADMIN, "{\"name\": \"X\", \"kind\": \"LSCP\", \"reason\": \"Y\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("body-not-found"));
        post("/api/bodies/merseyside-smb/renaming", ADMIN, "{\"name\": \"X\", \"kind\": \"LSCP\", \"reason\": \"Y\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("kind-change-not-allowed"));
    }
}
