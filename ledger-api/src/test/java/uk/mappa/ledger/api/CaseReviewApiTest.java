package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.support.MockTokens;

/** Two boards reviewing one case find each other by its keyed digest, agree timescales and share learning. */
@EmbeddedLedgerTest
class CaseReviewApiTest {

    static final RequestPostProcessor KNOWSLEY = as("manager.knowsley-lscb");
    static final RequestPostProcessor SMB = as("manager.merseyside-smb");
    static final RequestPostProcessor WIRRAL = MockTokens.bearer("bm.wirral", "wirral-lscb", "merseyside",
            "BUSINESS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    ResultActions send(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String register(RequestPostProcessor caller, String board, String kind, String reference) throws Exception {
        String created = send("/api/case-reviews", caller, """
                {"boardBodyId": "%s", "kind": "%s", "caseReference": "%s", "commissionedOn": "2026-05-01"}"""
                .formatted(board, kind, reference))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asString();
    }

    @Test
    void aSecondBoardReviewingTheSameCaseIsToldOfTheFirstAndTheyAgreeTimescales() throws Exception {
        String reference = "SCR " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String lscbReview = register(KNOWSLEY, "knowsley-lscb", "SERIOUS_CASE_REVIEW", reference);
        mvc.perform(get("/api/case-reviews/" + lscbReview).with(KNOWSLEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.otherReviews").isEmpty());

        String answer = send("/api/case-reviews", SMB, """
                {"boardBodyId": "merseyside-smb", "kind": "MAPPA_SERIOUS_CASE_REVIEW",
                 "caseReference": "  %s ", "commissionedOn": "2026-05-03"}""".formatted(reference.toLowerCase()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.otherReviews[0].id").value(lscbReview))
                .andExpect(jsonPath("$.otherReviews[0].boardBodyId").value("knowsley-lscb"))
                .andReturn().getResponse().getContentAsString();
        String mappaReview = json.readTree(answer).get("id").asString();
        mvc.perform(get("/api/case-reviews/" + lscbReview).with(KNOWSLEY))
                .andExpect(jsonPath("$.otherReviews[0].id").value(mappaReview));
        mvc.perform(get("/api/case-reviews/" + lscbReview).with(WIRRAL)).andExpect(status().isNotFound());
        register(WIRRAL, "wirral-lscb", "SERIOUS_CASE_REVIEW", "A different case " + UUID.randomUUID());

        send("/api/case-reviews/" + mappaReview + "/timescales", SMB, """
                {"otherReviewId": "%s", "completesBy": "2099-03-31", "otherCompletesBy": "2099-06-30",
                 "arrangements": "MAPPA review reports first; one shared chronology"}""".formatted(lscbReview))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timescales[0].otherReviewId").value(lscbReview));
        mvc.perform(get("/api/case-reviews/" + lscbReview).with(KNOWSLEY))
                .andExpect(jsonPath("$.timescales[0].otherCompletesBy").value("2099-06-30"));
        send("/api/case-reviews/" + lscbReview + "/timescales", SMB, """
                {"otherReviewId": "%s", "completesBy": "2099-03-31", "otherCompletesBy": "2099-06-30",
                 "arrangements": "x"}""".formatted(mappaReview))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-board-officer"));
        mvc.perform(get("/api/case-reviews").with(WIRRAL))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(lscbReview))));

        String secret = reference.substring(4);
        long clear = jdbc.queryForList("select payload from domain_event_entry", byte[].class).stream()
                .filter(payload -> new String(payload, StandardCharsets.UTF_8).toUpperCase().contains(secret))
                .count();
        assertThat(clear).as("the case reference is never stored in clear").isZero();
    }

    @Test
    void learningNamesTheReviewOfTheBoardThatSharesIt() throws Exception {
        String review = register(KNOWSLEY, "knowsley-lscb", "CHILD_SAFEGUARDING_PRACTICE_REVIEW",
                "CSPR " + UUID.randomUUID());
        String learning = """
                {"agreementId": "%s", "category": "SCR_LEARNING", "title": "Learning from the review",
                 "providerBodyId": "%s", "recipientBodyIds": ["%s"], "lawfulBasis": "CHILDREN_ACT_2004",
                 "purpose": "Learning", "marking": {"classification": "OFFICIAL"}, "contentSha256": "%s",
                 "sharedAt": "2026-06-01T09:00:00Z", "caseReviewId": "%s"}""";
        send("/api/shares", KNOWSLEY, learning.formatted(ShareApiTest.MERSEYSIDE_MOU, "knowsley-lscb", "merseyside-smb",
                ShareApiTest.DIGEST, review))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseReviewId").value(review));
        send("/api/shares", SMB, learning.formatted(ShareApiTest.MERSEYSIDE_MOU, "merseyside-smb", "knowsley-lscb",
                ShareApiTest.DIGEST, review))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("not-reviewing-board"));
        send("/api/shares", KNOWSLEY, learning.formatted(ShareApiTest.MERSEYSIDE_MOU, "knowsley-lscb",
                "merseyside-smb", ShareApiTest.DIGEST, UUID.randomUUID()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case-review-not-found"));
    }

    @Test
    void aReviewIsRegisteredOnlyByItsBoardAndOfAKindItUndertakes() throws Exception {
        send("/api/case-reviews", WIRRAL, """
                {"boardBodyId": "knowsley-lscb", "kind": "SERIOUS_CASE_REVIEW", "caseReference": "X",
                 "commissionedOn": "2026-05-01"}""")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("not-board-officer"));
        send("/api/case-reviews", KNOWSLEY, """
                {"boardBodyId": "knowsley-lscb", "kind": "MAPPA_SERIOUS_CASE_REVIEW", "caseReference": "X",
                 "commissionedOn": "2026-05-01"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("review-kind-not-for-board"));
        send("/api/case-reviews", KNOWSLEY, """
                {"boardBodyId": "knowsley-lscb", "kind": "SERIOUS_CASE_REVIEW", "commissionedOn": "2026-05-01"}""")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/case-reviews/not-an-id").with(KNOWSLEY)).andExpect(status().isNotFound());
    }
}
