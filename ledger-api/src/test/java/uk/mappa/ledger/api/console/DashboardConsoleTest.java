package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.mappa.ledger.api.EmbeddedLedgerTest;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementTerms;

/**
 * The IG lead's dashboard: shares a month per body of their area, and what is overdue, each list narrowed to
 * what the API shows them (another area's copies never appear); for IG leads and auditors only.
 */
@EmbeddedLedgerTest
class DashboardConsoleTest {

    @Autowired
    MockMvc mvc;

    /** A share recorded through the API, shared on {@code sharedAt} and kept until {@code retainUntil}. */
    String record(String provider, String recipient, String agreement, String category, String title,
                  String sharedAt, String retainUntil) throws Exception {
        String body = """
                {"agreementId": "%s", "category": "%s", "title": "%s", "providerBodyId": "%s",
                 "recipientBodyIds": ["%s"], "lawfulBasis": "CJA_2003_S325", "purpose": "Training offer",
                 "marking": {"classification": "OFFICIAL"}, "contentSha256": "%s", "sharedAt": "%s",
                 "retainUntil": "%s"}""".formatted(AgreementId.named(agreement), category, title, provider, recipient,
                "cd".repeat(32), sharedAt, retainUntil);
        return mvc.perform(post("/api/shares").with(httpBasic("manager." + provider, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Ledger-Position");
    }

    @Test
    void anIgLeadSeesTheirAreasMonthsAndWhatIsOverdueButNotAnotherAreas() throws Exception {
        String overdue = "Dashboard overdue " + UUID.randomUUID();
        String yorkshire = "Dashboard Yorkshire " + UUID.randomUUID();
        // Shared soon after the protocol came into force, so it is the oldest of the overdue and expired copies.
        record("merseyside-smb", "knowsley-lscb", "merseyside-protocol", "TRAINING", overdue,
                "2017-08-02T09:00:00Z", "2017-08-03T09:00:00Z");
        Instant now = Instant.now();
        record("merseyside-smb", "knowsley-lscb", "merseyside-protocol", "TRAINING", "Dashboard this month "
                + UUID.randomUUID(), now.minusSeconds(60).toString(), now.plusSeconds(86400).toString());
        String position = record("west-yorkshire-police", "leeds-council", "west-yorkshire-dtc", "TRAINING", yorkshire,
                "2026-04-01T09:00:00Z", "2026-05-01T09:00:00Z");

        String page = mvc.perform(get("/console/dashboard").header("Ledger-Position", position)
                        .session(ConsoleTest.signIn(mvc, "ig.merseyside")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Information governance, merseyside", "Shares recorded a month",
                "Acknowledgements overdue", "Copies due for destruction", "Agreements due for review",
                "Onward disclosures refused", "escalated", "CSODS time limits missed", "aria-current=\"page\"");
        // This month in the chart, with Merseyside's board among the bodies that shared; never Yorkshire's.
        String thisMonth = LocalDate.now(AgreementTerms.ZONE).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK));
        assertThat(sharesIn(page, thisMonth)).isPositive();
        assertThat(page.split("id=\"shares-by-body\"")[1].split("</table>")[0])
                .contains("Merseyside Strategic MAPPA Board").doesNotContain("West Yorkshire Police");
        assertThat(page).doesNotContain(yorkshire);
        // The share was never acknowledged and is kept past its retention: it is in both lists.
        assertThat(page.split("id=\"overdue\"")[1].split("id=\"due-for-destruction\"")[0]).contains(overdue);
        assertThat(page.split("id=\"due-for-destruction\"")[1].split("id=\"review-due\"")[0]).contains(overdue);

        String auditor = mvc.perform(get("/console/dashboard").header("Ledger-Position", position)
                        .session(ConsoleTest.signIn(mvc, "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(auditor).contains("Information governance, every area", yorkshire);
    }

    @Test
    void onlyIgLeadsAndAuditorsHaveTheDashboard() throws Exception {
        String refused = mvc.perform(get("/console/dashboard").session(ConsoleTest.signIn(mvc, "manager.knowsley-lscb")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("You cannot do this", "information governance lead");
        assertThat(mvc.perform(get("/").session(ConsoleTest.signIn(mvc, "manager.knowsley-lscb")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("href=\"/console/dashboard\"");
        assertThat(mvc.perform(get("/").session(ConsoleTest.signIn(mvc, "ig.merseyside")))
                .andReturn().getResponse().getContentAsString()).contains("href=\"/console/dashboard\"");
    }

    /** The month's bar value in the chart. */
    static int sharesIn(String page, String month) {
        Matcher bar = Pattern.compile(Pattern.quote(month) + "</span>\\s*<span class=\"ledger-chart__bar\"[^>]*></span>"
                + "\\s*<span class=\"ledger-chart__value\">(\\d+)</span>").matcher(page);
        assertThat(bar.find()).as("a bar for " + month).isTrue();
        return Integer.parseInt(bar.group(1));
    }
}
