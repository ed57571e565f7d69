package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The operators' metrics in Prometheus' text format: for auditors only, with the figures README tells to alert on. */
@EmbeddedLedgerTest
class OperatorMetricsTest {

    @Autowired
    MockMvc mvc;

    String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(as("auditor")).accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAuditorScrapesCommandsReadModelsTheLogAndThePool() throws Exception {
        mvc.perform(post("/api/shares").with(as(ShareApiTest.SMB_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content(ShareApiTest.annualReport("knowsley-lscb"))).andExpect(status().isCreated());
        // Refused by a rule: Hampshire is not a party to the Merseyside MoU.
        mvc.perform(post("/api/shares").with(as(ShareApiTest.SMB_MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content(ShareApiTest.annualReport("hampshire-lscp"))).andExpect(status().is4xxClientError());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            String metrics = scrape();
            assertThat(metrics).containsPattern("(?m)^ledger_projection_lag\\{projection=\"holdings\"} 0\\.0$")
                    .containsPattern("(?m)^ledger_log_unsealed_events \\d+\\.0$")
                    .containsPattern("(?m)^ledger_log_sealing_lag_seconds [0-9.]+$")
                    .contains("ledger_log_verification_intact NaN")
                    .containsPattern("(?m)^hikaricp_connections_active\\{pool=\"[^\"]+\"} ")
                    .containsPattern("(?m)^ledger_commands_seconds_count\\{outcome=\"success\",type=\"RecordShare\"} [1-9]")
                    .containsPattern("(?m)^ledger_commands_seconds_count\\{outcome=\"refused\",type=\"RecordShare\"} [1-9]");
        });
        mvc.perform(get("/api/ledger/verification").with(as("auditor"))).andExpect(status().isOk());
        assertThat(scrape()).containsPattern("(?m)^ledger_log_verification_intact [01]\\.0$")
                .containsPattern("(?m)^ledger_log_verification_age_seconds [0-9.]+$");
    }

    @Test
    void nobodyButAnAuditorReadsThem() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        for (String user : new String[] {ShareApiTest.SMB_MANAGER, "ig.merseyside", "csods.merseyside-police"}) {
            mvc.perform(get("/actuator/prometheus").with(as(user))).andExpect(status().isForbidden());
        }
    }
}
