package uk.mappa.ledger.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.mappa.ledger.api.ShareApiTest.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.support.MockTokens;

/** Handling arrangements for case information, performance information, amendments and legislative changes. */
@EmbeddedLedgerTest
class BoardsProcessesApiTest {

    static final String HIPS = AgreementId.named("hips-protocol").toString();
    static final RequestPostProcessor HAMPSHIRE_SMB = MockTokens.bearer("bm.hampshire-smb", "hampshire-iow-smb",
            "hampshire-iow", "BUSINESS_MANAGER");
    static final RequestPostProcessor PORTSMOUTH = MockTokens.bearer("bm.portsmouth", "portsmouth-lscp",
            "hampshire-iow", "BUSINESS_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    ResultActions post(String path, RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String share(String category, String purpose, String recipient, String arrangement) {
        return """
                {"agreementId": "%s", "category": "%s", "title": "Case review chronology",
                 "providerBodyId": "hampshire-iow-smb", "recipientBodyIds": ["%s"], "lawfulBasis": "CJA_2003_S325",
                 "purpose": "%s", "marking": {"classification": "OFFICIAL", "sensitive": true},
                 "contentSha256": "%s", "sharedAt": "2026-06-01T09:00:00Z"%s}"""
                .formatted(HIPS, category, recipient, purpose, ShareApiTest.DIGEST,
                        arrangement == null ? "" : ", \"handlingArrangementId\": \"" + arrangement + "\"");
    }

    @Test
    void caseInformationUnderTheHipsProtocolIsSharedOnlyUnderAHandlingArrangementInForce() throws Exception {
        post("/api/shares", HAMPSHIRE_SMB, share("CASE_INFORMATION", "Joint review", "portsmouth-lscp", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("handling-arrangement-required"));

        String created = post("/api/handling-arrangements", PORTSMOUTH, """
                {"agreementId": "%s", "parties": ["hampshire-iow-smb", "portsmouth-lscp"], "purpose": "Joint review",
                 "storage": "Secure case management system, review folder", "access": "Review panel members",
                 "retention": "P6M", "expiresOn": "2099-01-01"}""".formatted(HIPS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inForce").value(true))
                .andReturn().getResponse().getContentAsString();
        String arrangement = json.readTree(created).get("id").asString();
        mvc.perform(get("/api/handling-arrangements/" + arrangement).with(HAMPSHIRE_SMB))
                .andExpect(status().isOk()).andExpect(jsonPath("$.access").value("Review panel members"));
        mvc.perform(get("/api/handling-arrangements/" + arrangement).with(as("manager.knowsley-lscb")))
                .andExpect(status().isNotFound());

        post("/api/shares", HAMPSHIRE_SMB, share("CASE_INFORMATION", "Joint review", "portsmouth-lscp", arrangement))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handlingArrangementId").value(arrangement));
        post("/api/shares", HAMPSHIRE_SMB, share("CASE_INFORMATION", "Joint review", "southampton-lscp", arrangement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("handling-arrangement-not-covering"));
        post("/api/shares", HAMPSHIRE_SMB, share("TREND_DATA", "Joint review", "portsmouth-lscp", arrangement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("purpose-not-service-development"));

        post("/api/handling-arrangements/" + arrangement + "/ending", PORTSMOUTH, "{\"reason\": \"Review closed\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.inForce").value(false));
        String afterEnd = share("CASE_INFORMATION", "Joint review", "portsmouth-lscp", arrangement)
                .replace("2026-06-01T09:00:00Z", java.time.Instant.now().toString());
        post("/api/shares", HAMPSHIRE_SMB, afterEnd)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("handling-arrangement-not-in-force"));
    }

    @Test
    void performanceInformationIsSharedForServiceDevelopment() throws Exception {
        post("/api/shares", HAMPSHIRE_SMB, share("TREND_DATA", "COMPARATIVE_PERFORMANCE", "portsmouth-lscp", null))
                .andExpect(status().isCreated());
        post("/api/shares", HAMPSHIRE_SMB, share("TREND_DATA", "Local newspaper", "portsmouth-lscp", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("purpose-not-service-development"));
    }

    @Test
    void aLegislativeChangeFlagsAgreementsReviewedAsRequiredUntilTheyAreAmended() throws Exception {
        RequestPostProcessor ig = as("ig.merseyside");
        String drafted = post("/api/agreements", ig, """
                {"kind": "PROTOCOL", "title": "Guidance protocol reviewed as required",
                 "parties": ["merseyside-smb", "sefton-lscb"], "categories": ["GUIDANCE"],
                 "lawfulBases": ["CJA_2003_S325"], "effectiveFrom": "2026-01-01", "retention": "P1Y"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(drafted).get("id").asString();
        post("/api/agreements/" + id + "/acceptances", as("manager.merseyside-smb"),
                "{\"signatoryRole\": \"SMB Chair\", \"acceptedOn\": \"2026-01-05\"}").andExpect(status().isOk());
        post("/api/agreements/" + id + "/acceptances", MockTokens.bearer("bm.sefton", "sefton-lscb", "merseyside",
                "BUSINESS_MANAGER"), "{\"signatoryRole\": \"LSCB Chair\", \"acceptedOn\": \"2026-01-06\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        post("/api/legislative-changes", as("manager.merseyside-smb"),
                "{\"title\": \"Act\", \"effectiveOn\": \"2026-04-01\"}")
                .andExpect(status().isForbidden());
        post("/api/legislative-changes", ig, "{\"title\": \"Children's Wellbeing and Schools Act 2025\","
                + " \"effectiveOn\": \"2026-04-01\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agreementsFlagged", hasItem(id)));
        mvc.perform(get("/api/agreements?reviewDue=true").with(ig))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].reviewFlaggedBy.title")
                        .value("Children's Wellbeing and Schools Act 2025"));

        String position = post("/api/agreements/" + id + "/amendments", ig, """
                {"changes": "Takes the 2025 Act into account; covers training", "authorisedBy": "Chair, Merseyside SMB",
                 "amendedOn": "2026-05-01", "categories": ["GUIDANCE", "TRAINING"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.amendments[0].authorisedBy").value("Chair, Merseyside SMB"))
                .andExpect(jsonPath("$.categories", hasItem("TRAINING")))
                .andReturn().getResponse().getHeader("Ledger-Position");
        mvc.perform(get("/api/agreements?reviewDue=true").with(ig).header("Ledger-Position", position))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }
}
