package uk.mappa.ledger.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.MockTokens;

/** Posts the documents name, who holds them, notices addressed to the holder, and names that can be erased. */
@EmbeddedLedgerTest
class ContactsApiTest {

    static final RequestPostProcessor COORDINATOR = as("coordinator.merseyside-smb");
    static final RequestPostProcessor SEFTON_CS = MockTokens.bearer("bm.sefton-cs", "sefton-childrens-services",
            "merseyside", "BUSINESS_MANAGER");
    static final RequestPostProcessor HAMPSHIRE = MockTokens.bearer("bm.hampshire", "hampshire-lscp", "hampshire-iow",
            "BUSINESS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions send(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode spocOfSefton() throws Exception {
        String posts = mvc.perform(get("/api/contacts?bodyId=sefton-childrens-services").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode post : json.readTree(posts)) {
            if (post.get("role").asString().equals("CHILDRENS_SERVICES_SPOC")) {
                return post;
            }
        }
        throw new AssertionError("Sefton children's services has no seeded SPOC post: " + posts);
    }

    @Test
    void aMeetingNoticeGoesToTheSpocAsThePostStandsAndTheNameCanBeErased() throws Exception {
        mvc.perform(get("/api/contacts?vacant=true").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].role", hasItem("SFO_LEAD")))
                .andExpect(jsonPath("$[*].bodyId", hasItem("merseyside-smb")))
                .andExpect(jsonPath("$[*].bodyId", not(hasItem("leeds-council"))));
        String post = spocOfSefton().get("postId").asString();

        send("/api/contacts/" + post + "/holder", COORDINATOR, "{\"name\": \"Sam Spoc\", \"since\": \"2026-06-01\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-post-appointer"));
        String position = send("/api/contacts/" + post + "/holder", SEFTON_CS, """
                {"name": "Sam Spoc", "contact": "mappa.spoc@sefton.example", "since": "2026-06-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sam Spoc"))
                .andExpect(jsonPath("$.vacant").value(false))
                .andReturn().getResponse().getHeader("Ledger-Position");
        mvc.perform(get("/api/contacts?vacant=true").with(COORDINATOR).header("Ledger-Position", position))
                .andExpect(jsonPath("$[*].postId", not(hasItem(post))));

        String meeting = """
                {"smbBodyId": "merseyside-smb", "agencyBodyId": "sefton-childrens-services", "meetingAt": "%s",
                 "level": 2}""".formatted(Instant.now().plus(20, ChronoUnit.DAYS));
        send("/api/mappa-meetings", COORDINATOR, meeting)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addressedTo.postId").value(post))
                .andExpect(jsonPath("$.addressedTo.name").value("Sam Spoc"))
                .andExpect(jsonPath("$.addressedTo.contact").value("mappa.spoc@sefton.example"));

        String subject = spocOfSefton().get("subjectId").asString();
        send("/api/subjects/" + subject + "/erasure", as("ig.merseyside"), "{\"reason\": \"Left; no longer required\"}")
                .andExpect(status().isOk());
        JsonNode erased = spocOfSefton();
        org.assertj.core.api.Assertions.assertThat(erased.get("erased").asBoolean()).isTrue();
        org.assertj.core.api.Assertions.assertThat(erased.get("name").isNull()).isTrue();

        send("/api/contacts/" + post + "/vacancy", SEFTON_CS, "{\"reason\": \"Left the authority\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.vacant").value(true));
        mvc.perform(get("/api/contacts/" + post).with(HAMPSHIRE)).andExpect(status().isNotFound());
        mvc.perform(get("/api/contacts?bodyId=sefton-childrens-services").with(HAMPSHIRE))
                .andExpect(status().isForbidden());
    }

    @Test
    void anSfoNotificationNamesTheSmbsLeadForThatLscb() throws Exception {
        send("/api/sfo-notifications", COORDINATOR, """
                {"smbBodyId": "merseyside-smb", "lscbBodyId": "st-helens-lscb", "recipientRole": "BUSINESS_MANAGER",
                 "childInvolved": true, "riskToChildren": true, "summary": "Offence involving a child"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.smbLead.role").value("SFO_LEAD"))
                .andExpect(jsonPath("$.smbLead.forBodyId").value("st-helens-lscb"));
    }

    @Test
    void postsAreEstablishedForTheKindOfBodyTheyBelongTo() throws Exception {
        send("/api/contacts", as("register.merseyside"), """
                {"bodyId": "knowsley-lscb", "role": "CHILDRENS_SERVICES_SPOC", "title": "SPOC"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("role-not-for-body"));
        send("/api/contacts", as("register.merseyside"), """
                {"bodyId": "merseyside-smb", "role": "SFO_LEAD", "title": "SFO lead"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("for-body-required"));
        send("/api/contacts", as("register.merseyside"), """
                {"bodyId": "merseyside-smb", "role": "LSCB_REPRESENTATIVE", "title": "Third representative"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.vacant").value(true));
        send("/api/contacts", as("register.merseyside"), "{\"bodyId\": \"merseyside-smb\", \"role\": \"NOT_A_ROLE\","
                + " \"title\": \"x\"}").andExpect(status().isBadRequest());
    }
}
