package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.mappa.ledger.api.EmbeddedLedgerTest;
import uk.mappa.ledger.core.agreement.AgreementId;

/**
 * "Record a share" in the console: one question a page, offering only what the agreements in force allow, then
 * recorded through the same path as the API (so the API shows exactly what was entered), and the share's page
 * with its acknowledgement and receipt. Refusals are GOV.UK error summaries; a share the person may not see is
 * "Page not found", as on the API.
 */
@EmbeddedLedgerTest
class RecordShareConsoleTest {

    static final String MOU = AgreementId.named("merseyside-mou").toString();
    static final String PROTOCOL = AgreementId.named("merseyside-protocol").toString();
    static final String DIGEST = "0123456789abcdef".repeat(4);

    @Autowired
    MockMvc mvc;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFirstQuestionOffersOnlyTheBodiesAndKindsTheAgreementsInForceAllow() throws Exception {
        MockHttpSession smb = ConsoleTest.signIn(mvc, "manager.merseyside-smb");
        String first = page(get("/console/shares/new").session(smb));
        assertThat(first).contains("value=\"knowsley-lscb\"", "value=\"sefton-lscb\"", "value=\"ANNUAL_REPORT\"",
                "value=\"TREND_DATA\"", "href=\"/console/shares/new\"")
                .doesNotContain("value=\"leeds-council\"", "value=\"merseyside-smb\"", "value=\"MINUTES\"");
        // A co-ordinator records the SMB's strategic information only.
        assertThat(page(get("/console/shares/new").session(ConsoleTest.signIn(mvc, "coordinator.merseyside-smb"))))
                .contains("value=\"ANNUAL_REPORT\"").doesNotContain("value=\"CASE_INFORMATION\"",
                        "value=\"SFO_NOTIFICATION\"");

        String nothing = page(get("/console/shares/new").param("answered", "recipients").session(smb));
        assertThat(nothing).contains("There is a problem", "href=\"#recipientBodyIds\"", "href=\"#category\"",
                "Choose at least one body the information went to", "id=\"recipientBodyIds\"");

        String handEdited = page(get("/console/shares/new").param("recipientBodyIds", "leeds-council")
                .param("category", "ANNUAL_REPORT").session(smb));
        assertThat(handEdited).contains("Choose from the bodies listed");
        assertThat(page(get("/console/shares/new").param("recipientBodyIds", "knowsley-lscb")
                .param("category", "NOT_A_CATEGORY").session(smb))).contains("Choose from the kinds of information listed");
    }

    @Test
    void onlyAgreementsCoveringEveryBodyAndTheKindAreOfferedThenOnlyTheirLawfulBases() throws Exception {
        MockHttpSession smb = ConsoleTest.signIn(mvc, "manager.merseyside-smb");
        String agreements = page(get("/console/shares/new").param("recipientBodyIds", "knowsley-lscb")
                .param("category", "ANNUAL_REPORT").session(smb));
        assertThat(agreements).contains("Which agreement was it shared under?", "value=\"" + MOU + "\"",
                "value=\"" + PROTOCOL + "\"", "Knowsley Local Safeguarding Children Board", "Annual report");
        // Trend data is in the memorandum only.
        String trend = page(get("/console/shares/new").param("recipientBodyIds", "knowsley-lscb")
                .param("category", "TREND_DATA").session(smb));
        assertThat(trend).contains("value=\"" + MOU + "\"").doesNotContain("value=\"" + PROTOCOL + "\"");
        assertThat(page(get("/console/shares/new").param("recipientBodyIds", "knowsley-lscb")
                .param("category", "TREND_DATA").param("answered", "agreement").param("agreementId", "made-up")
                .session(smb))).contains("Choose the agreement the information was shared under");

        String details = page(get("/console/shares/new").param("recipientBodyIds", "knowsley-lscb")
                .param("category", "TREND_DATA").param("agreementId", MOU).session(smb));
        assertThat(details).contains("About the document", "value=\"CHILDREN_ACT_2004\"", "value=\"CJA_2003_S325\"",
                "Criminal Justice Act 2003 s.325(4)", "value=\"OFFICIAL_SENSITIVE\"", "value=\"PERSONAL\"",
                "value=\"SERVICE_DEVELOPMENT\"", "data-sha256-into=\"contentSha256\"", "name=\"_csrf\"")
                .doesNotContain("value=\"UK_GDPR_DPA_2018\"", "name=\"linkedRecordId\"");
        // The file input has no name: the document is never part of the form that is sent.
        assertThat(details).doesNotContainPattern("type=\"file\"[^>]*name=");
    }

    @Test
    void aShareRecordedInTheConsoleIsTheShareTheApiShowsAndItsRecipientAcknowledgesIt() throws Exception {
        MockHttpSession smb = ConsoleTest.signIn(mvc, "manager.merseyside-smb");
        String title = "Console recorded " + UUID.randomUUID();
        MockHttpServletRequestBuilder form = post("/console/shares").session(smb)
                .param("recipientBodyIds", "knowsley-lscb").param("category", "ANNUAL_REPORT")
                .param("agreementId", MOU).param("title", title).param("lawfulBasis", "CJA_2003_S325")
                .param("marking", "OFFICIAL_SENSITIVE").param("descriptors", "PERSONAL")
                .param("purpose", "LSCB business planning").param("contentSha256", DIGEST.toUpperCase());
        mvc.perform(form).andExpect(status().isForbidden());

        String location = mvc.perform(form.with(csrf())).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/console/shares/[0-9a-f-]{36}\\?recorded");
        String id = location.substring("/console/shares/".length(), location.indexOf('?'));
        assertThat(page(get(location).session(smb))).contains("The share is recorded.", title, DIGEST,
                "OFFICIAL-SENSITIVE PERSONAL", "knowsley-lscb", "Nobody yet").doesNotContain("Acknowledge receipt");
        mvc.perform(get("/api/shares/" + id).with(httpBasic("manager.merseyside-smb", "demo")))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.contentSha256").value(DIGEST))
                .andExpect(jsonPath("$.recordedBy").value("manager.merseyside-smb"))
                .andExpect(jsonPath("$.marking.descriptors[0]").value("PERSONAL"));

        MockHttpSession knowsley = ConsoleTest.signIn(mvc, "manager.knowsley-lscb");
        assertThat(page(get("/console/shares/" + id).session(knowsley))).contains("Acknowledge receipt");
        mvc.perform(post("/console/shares/" + id + "/acknowledgement").session(knowsley))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/shares/" + id + "/acknowledgement").session(knowsley).with(csrf()))
                .andExpect(status().isFound());
        assertThat(page(get("/console/shares/" + id).param("acknowledged", "").session(knowsley)))
                .contains("Receipt is acknowledged.").doesNotContain("Nobody yet", "id=\"acknowledge\"");
        mvc.perform(get("/api/shares/" + id).with(httpBasic("manager.knowsley-lscb", "demo")))
                .andExpect(jsonPath("$.acknowledgements[0].bodyId").value("knowsley-lscb"));
        // Asked again (a second tab), the share's own refusal is shown on its page.
        assertThat(page(post("/console/shares/" + id + "/acknowledgement").session(knowsley).with(csrf())))
                .contains("There is a problem", "already acknowledged");
    }

    @Test
    void whatIsMissingOrRefusedIsAnErrorSummaryAndNothingIsRecorded() throws Exception {
        MockHttpSession smb = ConsoleTest.signIn(mvc, "manager.merseyside-smb");
        String missing = page(post("/console/shares").session(smb).with(csrf())
                .param("recipientBodyIds", "knowsley-lscb").param("category", "ANNUAL_REPORT")
                .param("agreementId", MOU));
        assertThat(missing).contains("There is a problem", "href=\"#title\"", "href=\"#lawfulBasis\"",
                "href=\"#marking\"", "href=\"#purpose\"", "href=\"#contentSha256\"", "Enter the document&#39;s title",
                "About the document");

        String title = "Refused in the console " + UUID.randomUUID();
        String badDigest = page(post("/console/shares").session(smb).with(csrf())
                .param("recipientBodyIds", "knowsley-lscb").param("category", "ANNUAL_REPORT")
                .param("agreementId", MOU).param("title", title).param("lawfulBasis", "CJA_2003_S325")
                .param("marking", "OFFICIAL").param("purpose", "Planning").param("contentSha256", "not-a-digest"));
        assertThat(badDigest).contains("href=\"#contentSha256\"", "govuk-input--error", "value=\"" + title + "\"");

        // The agreement allows this basis, but only the share's own rules know a minutes share needs a decided
        // request: West Yorkshire's police shares minutes only in answer to one.
        MockHttpSession police = ConsoleTest.signIn(mvc, "manager.west-yorkshire-police");
        String minutes = page(post("/console/shares").session(police).with(csrf())
                .param("recipientBodyIds", "leeds-council").param("category", "MINUTES")
                .param("agreementId", AgreementId.named("west-yorkshire-dtc").toString()).param("title", title)
                .param("lawfulBasis", "CJA_2003_S325").param("marking", "OFFICIAL").param("purpose", "Disclosure")
                .param("contentSha256", DIGEST).param("linkedRecordId", UUID.randomUUID().toString()));
        assertThat(minutes).contains("There is a problem", "href=\"#linkedRecordId\"", "minutes request");
    }

    @Test
    void aShareThePersonMayNotSeeIsPageNotFoundAndOtherRolesCannotRecord() throws Exception {
        String id = ConsoleTest.recordShareToKnowsley(mvc, "Console hidden " + UUID.randomUUID());
        for (String path : new String[] {"/console/shares/" + id, "/console/shares/not-a-share",
                "/console/shares/" + UUID.randomUUID(), "/console/no-such-page/at/all"}) {
            String notFound = mvc.perform(get(path).session(ConsoleTest.signIn(mvc, "manager.leeds-council")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            assertThat(notFound).contains("Page not found", "govuk-heading-l").doesNotContain("Console hidden");
        }
        String chair = mvc.perform(get("/console/shares/new").session(ConsoleTest.signIn(mvc, "chair.knowsley-lscb")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(chair).contains("You cannot do this", "Only a business manager");
        assertThat(page(get("/").session(ConsoleTest.signIn(mvc, "chair.knowsley-lscb"))))
                .doesNotContain("href=\"/console/shares/new\"");
        assertThat(page(get("/").session(ConsoleTest.signIn(mvc, "manager.knowsley-lscb"))))
                .contains("href=\"/console/shares/new\"");
    }

    @Test
    void aDocumentIsCheckedByItsDigestAndOnlyTheSharesThePersonMaySeeAreListed() throws Exception {
        String title = "Console checked " + UUID.randomUUID();
        String digest = "fe".repeat(16) + UUID.randomUUID().toString().replace("-", "");
        var recorded = ConsoleTest.recordedShareToKnowsley(mvc, title, digest);
        String id = recorded.getHeader("Location").substring("/api/shares/".length());
        String position = recorded.getHeader("Ledger-Position");

        String found = page(get("/console/check").param("contentSha256", digest).header("Ledger-Position", position)
                .session(ConsoleTest.signIn(mvc, "manager.knowsley-lscb")));
        String row = found.substring(found.indexOf("href=\"/console/shares/" + id + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(title, "merseyside-smb", "knowsley-lscb",
                "1 Apr 2026", "Memorandum of Understanding");
        assertThat(page(get("/console/check").param("contentSha256", digest)
                .session(ConsoleTest.signIn(mvc, "manager.leeds-council")))).contains("id=\"no-shares\"")
                .doesNotContain(title);
        assertThat(page(get("/console/check").param("contentSha256", "abc")
                .session(ConsoleTest.signIn(mvc, "manager.leeds-council")))).contains("There is a problem",
                "href=\"#contentSha256\"", "64 characters");
        assertThat(page(get("/console/check").session(ConsoleTest.signIn(mvc, "manager.leeds-council"))))
                .contains("data-sha256-into=\"contentSha256\"").doesNotContain("There is a problem");
    }

    @Test
    void aRecipientRecordsDestroyingItsCopyAndItsHoldingsNowAndAsAtADayShowIt() throws Exception {
        String title = "Console destroyed " + UUID.randomUUID();
        // Shared a minute ago: the newest share date, so first in every list of the SMB's copies.
        String recorded = mvc.perform(post("/api/shares").with(httpBasic("manager.merseyside-smb", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(ConsoleTest.share(title)
                                .replace("2026-04-01T09:00:00Z", java.time.Instant.now().minusSeconds(60).toString())))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String id = recorded.substring("/api/shares/".length());
        MockHttpSession knowsley = ConsoleTest.signIn(mvc, "manager.knowsley-lscb");
        assertThat(page(get("/console/shares/" + id).session(ConsoleTest.signIn(mvc, "manager.merseyside-smb"))))
                .doesNotContain("id=\"destroy\"");
        String before = page(get("/console/shares/" + id).session(knowsley));
        assertThat(before).contains("id=\"destroy\"", "value=\"NO_LONGER_REQUIRED\"")
                .doesNotContain("value=\"WITHDRAWN\"");

        assertThat(page(post("/console/shares/" + id + "/destruction").session(knowsley).with(csrf())))
                .contains("There is a problem", "href=\"#reason\"", "Choose why the copy was destroyed");
        mvc.perform(post("/console/shares/" + id + "/destruction").param("reason", "NO_LONGER_REQUIRED")
                .session(knowsley)).andExpect(status().isForbidden());
        String location = mvc.perform(post("/console/shares/" + id + "/destruction").param("reason", "NO_LONGER_REQUIRED")
                        .session(knowsley).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(get(location).session(knowsley))).contains("The copy is recorded as destroyed.",
                "Copies destroyed").doesNotContain("id=\"destroy\"");
        mvc.perform(get("/api/shares/" + id).with(httpBasic("manager.knowsley-lscb", "demo")))
                .andExpect(jsonPath("$.destructions[0].bodyId").value("knowsley-lscb"))
                .andExpect(jsonPath("$.destructions[0].reason").value("NO_LONGER_REQUIRED"));

        // As at the end of a day, from the history: what the ledger had recorded by then. Today the SMB holds the
        // copy it sent; yesterday the share was not recorded yet.
        String today = java.time.LocalDate.now(uk.mappa.ledger.core.agreement.AgreementTerms.ZONE).toString();
        MockHttpSession smb = ConsoleTest.signIn(mvc, "manager.merseyside-smb");
        String sent = page(get("/console/holdings").param("asAt", today).session(smb));
        assertThat(sent).contains("Copies held at the end of " + today, title);
        String row = sent.substring(sent.indexOf(title));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Sent");
        String yesterday = java.time.LocalDate.now(uk.mappa.ledger.core.agreement.AgreementTerms.ZONE).minusDays(1)
                .toString();
        assertThat(page(get("/console/holdings").param("asAt", yesterday).session(smb))).doesNotContain(title);
        assertThat(page(get("/console/holdings").param("asAt", "June").session(knowsley)))
                .contains("There is a problem", "href=\"#asAt\"");
    }

    @Test
    void theReceiptIsOfferedOnceSealedAndIsTheApisTlogProof() throws Exception {
        String id = ConsoleTest.recordShareToKnowsley(mvc, "Console receipt " + UUID.randomUUID());
        MockHttpSession knowsley = ConsoleTest.signIn(mvc, "manager.knowsley-lscb");
        await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/console/shares/" + id + "/receipt.tlog-proof")
                .session(knowsley)).andReturn().getResponse().getStatus() == 200);
        assertThat(page(get("/console/shares/" + id).session(knowsley))).contains("Download the receipt",
                "href=\"/console/shares/" + id + "/receipt.tlog-proof\"");
        String receipt = mvc.perform(get("/console/shares/" + id + "/receipt.tlog-proof").session(knowsley))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"share-" + id + ".tlog-proof\""))
                .andReturn().getResponse().getContentAsString();
        String api = mvc.perform(get("/api/shares/" + id + "/receipt.tlog-proof")
                .with(httpBasic("manager.knowsley-lscb", "demo"))).andReturn().getResponse().getContentAsString();
        assertThat(receipt).startsWith("c2sp.org/tlog-proof@v1").isEqualTo(api);
    }
}
