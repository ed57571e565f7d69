package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.mappa.ledger.api.EmbeddedLedgerTest;
import uk.mappa.ledger.core.agreement.AgreementTerms;

/**
 * The audit trail in the console: the API's filters and scope (an IG lead sees their area, a body its own
 * entries), paged, and the same entries as the API's CSV.
 */
@EmbeddedLedgerTest
class AuditConsoleTest {

    @Autowired
    MockMvc mvc;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String today() {
        return LocalDate.now(AgreementTerms.ZONE).toString();
    }

    @Test
    void anIgLeadFindsAShareInTheirAreasTrailByBodyKindAndDay() throws Exception {
        String title = "Console audit " + UUID.randomUUID();
        String position = ConsoleTest.recordedShareToKnowsley(mvc, title).getHeader("Ledger-Position");
        MockHttpSession lead = ConsoleTest.signIn(mvc, "ig.merseyside");

        String form = page(get("/console/audit").session(lead));
        assertThat(form).contains("<option value=\"knowsley-lscb\"", "<option value=\"merseyside-smb\"",
                "href=\"/console/audit\"", "aria-current=\"page\"").doesNotContain("<option value=\"leeds-council\"");
        String found = page(get("/console/audit").session(lead).header("Ledger-Position", position)
                .param("bodyId", "knowsley-lscb")
                .param("category", "ANNUAL_REPORT").param("from", today()).param("to", today()));
        assertThat(found).contains(title, "ShareRecorded", "manager.merseyside-smb",
                "<option value=\"knowsley-lscb\" selected=\"selected\">");
        assertThat(page(get("/console/audit").session(lead).param("bodyId", "knowsley-lscb")
                .param("to", LocalDate.now(AgreementTerms.ZONE).minusDays(1).toString()))).doesNotContain(title);
        assertThat(page(get("/console/audit").session(lead).param("category", "TRAINING").param("from", today())))
                .doesNotContain(title);
    }

    @Test
    void theCsvIsTheApisCsvOfTheSameFilters() throws Exception {
        String title = "Console audit CSV " + UUID.randomUUID();
        String position = ConsoleTest.recordedShareToKnowsley(mvc, title).getHeader("Ledger-Position");
        MockHttpSession knowsley = ConsoleTest.signIn(mvc, "manager.knowsley-lscb");
        String link = page(get("/console/audit").session(knowsley).param("category", "ANNUAL_REPORT")
                .param("from", today()));
        assertThat(link).contains("href=\"/console/audit.csv?bodyId=&amp;category=ANNUAL_REPORT");

        MvcResult csv = mvc.perform(get("/console/audit.csv").session(knowsley).header("Ledger-Position", position)
                        .param("category", "ANNUAL_REPORT")
                        .param("from", today()))
                .andExpect(request().asyncStarted()).andReturn();
        String console = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .asyncDispatch(csv))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-trail.csv\""))
                .andReturn().getResponse().getContentAsString();
        String from = LocalDate.now(AgreementTerms.ZONE).atStartOfDay(AgreementTerms.ZONE).toInstant().toString();
        MvcResult apiCall = mvc.perform(get("/api/audit/events").accept("text/csv").param("category", "ANNUAL_REPORT")
                .param("from", from).with(httpBasic("manager.knowsley-lscb", "demo"))).andReturn();
        String api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(apiCall)).andReturn().getResponse().getContentAsString();
        assertThat(console).contains(title).isEqualTo(api);
    }

    @Test
    void badFiltersAreShownAsAnErrorSummaryAndOthersBodiesShowNothing() throws Exception {
        MockHttpSession lead = ConsoleTest.signIn(mvc, "ig.merseyside");
        String badDay = page(get("/console/audit").session(lead).param("from", "1 April"));
        assertThat(badDay).contains("There is a problem", "href=\"#from\"",
                "Enter the day as year-month-day, for example 2026-04-01").doesNotContain("Entries, newest first");
        String backwards = page(get("/console/audit").session(lead).param("from", today()).param("to", "2020-01-01"));
        assertThat(backwards).contains("href=\"#to\"", "must be after");
        String staleCursor = page(get("/console/audit").session(lead).param("after", "not-a-cursor"));
        assertThat(staleCursor).contains("There is a problem", "the ledger returned").doesNotContain("href=\"#after\"");

        String title = "Console audit elsewhere " + UUID.randomUUID();
        ConsoleTest.recordShareToKnowsley(mvc, title);
        String leeds = page(get("/console/audit").session(ConsoleTest.signIn(mvc, "manager.leeds-council"))
                .param("bodyId", "knowsley-lscb"));
        assertThat(leeds).doesNotContain(title).doesNotContain("<option value=\"knowsley-lscb\"");

        String admin = mvc.perform(get("/console/audit").session(ConsoleTest.signIn(mvc, "register.merseyside")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("You cannot do this", "no access to the audit trail");
        assertThat(page(get("/").session(ConsoleTest.signIn(mvc, "register.merseyside"))))
                .doesNotContain("href=\"/console/audit\"");
    }

    @Test
    void nextPageKeepsTheFilters() throws Exception {
        for (int share = 0; share < 51; share++) {
            ConsoleTest.recordShareToKnowsley(mvc, "Console audit paging " + UUID.randomUUID());
        }
        // More than one page of 50 entries about Knowsley, however many other tests left, once the audit trail
        // has taken in the shares (a moment after they were recorded).
        var auditor = ConsoleTest.signIn(mvc, "auditor");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(page(get("/console/audit").session(auditor).param("bodyId", "knowsley-lscb")))
                        .containsPattern("rel=\"next\"\\s+href=\"/console/audit\\?bodyId=knowsley-lscb&amp;[^\"]*after="));
    }
}
