package uk.mappa.ledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.api.EmbeddedLedgerTest;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.TestPki;
import uk.mappa.ledger.support.MockTokens;

/**
 * Who may call what, as one table: every endpoint of the API against every kind of caller, by role and by
 * how the caller's body relates to the thing addressed. Each cell is the status the caller gets. A 404 is
 * the answer for anything the caller may not see, the same as for what does not exist; a 403 only where
 * the thing is public (the register, agreements) or the caller may see it but not change it. Every write
 * is made on a fresh fixture, so each cell stands alone. {@link #everyEndpointIsInTheMatrix} fails when an
 * endpoint is added without a row.
 */
@EmbeddedLedgerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    /** The callers, in the order of the matrix's columns. */
    static final Map<String, RequestPostProcessor> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("body-claim-only", MockTokens.bearer("nobody", "merseyside-police", "merseyside"));
        CALLERS.put("provider-manager", MockTokens.bearer("bm.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
        CALLERS.put("recipient-manager", MockTokens.bearer("bm.knowsley", "knowsley-lscb", "merseyside",
                "BUSINESS_MANAGER"));
        CALLERS.put("same-area-outsider", MockTokens.bearer("bm.wirral", "wirral-lscb", "merseyside", "BUSINESS_MANAGER"));
        CALLERS.put("other-area-manager", MockTokens.bearer("bm.hampshire", "hampshire-lscp", "hampshire-iow",
                "BUSINESS_MANAGER"));
        CALLERS.put("area-ig-lead", MockTokens.bearer("ig.merseyside", null, "merseyside", "IG_LEAD"));
        CALLERS.put("other-area-ig-lead", MockTokens.bearer("ig.hampshire", null, "hampshire-iow", "IG_LEAD"));
        CALLERS.put("auditor", MockTokens.bearer("auditor", null, null, "AUDITOR"));
        CALLERS.put("force-csods-officer", MockTokens.bearer("csods.police", "merseyside-police", "merseyside",
                "CSODS_OFFICER"));
        CALLERS.put("force-manager", MockTokens.bearer("bm.police", "merseyside-police", "merseyside",
                "BUSINESS_MANAGER"));
        CALLERS.put("smb-coordinator", MockTokens.bearer("coord.smb", "merseyside-smb", "merseyside",
                "MAPPA_COORDINATOR"));
        CALLERS.put("area-register-admin", MockTokens.bearer("register.merseyside", null, "merseyside",
                "REGISTER_ADMIN"));
    }

    /**
     * METHOD, path template, query ("-" for none), what the path's variables are ("-"; share, case@N for a CSODS
     * case N stages on, subject, agreement, active-agreement, meeting, sfo), the request body or accepted type
     * ("-"), then one status per caller, in the order of {@link #CALLERS}. Columns: anon, claim-only,
     * provider, recipient, same-area outsider, other-area manager, area IG lead, other-area IG lead,
     * auditor, force CSODS officer, force manager, SMB co-ordinator, area register administrator.
     */
    static final String MATRIX = """
            GET  /api/bodies                                   -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/bodies/{id}                              -                     body     -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/bodies/{bodyId}/certificates             -                     body     -          401 403 200 200 200 200 200 200 200 200 200 200 200
            POST /api/bodies/{bodyId}/certificates             -                     body     cert       401 403 422 403 403 403 403 403 403 403 403 403 403
            POST /api/bodies/{bodyId}/certificates/challenges  -                     body     empty      401 403 201 403 403 403 403 403 403 403 403 403 403
            POST /api/bodies/{bodyId}/certificates/{fingerprint}/revocation - body  revoke     401 403 404 404 404 404 404 404 404 404 404 404 404
            GET  /api/agreements                               -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/agreements/{id}                          -                     agreement -         401 403 200 200 200 200 200 200 200 200 200 200 200
            POST /api/agreements                               -                     -        draft      401 403 201 201 403 403 201 403 403 403 403 403 403
            POST /api/agreements/{id}/acceptances              -                     agreement accept    401 403 200 200 422 422 403 403 403 422 422 403 403
            POST /api/agreements/{id}/reviews                  -                     active-agreement review 401 403 200 200 403 403 200 403 403 403 403 403 403
            POST /api/agreements/{id}/status                   -                     active-agreement suspend 401 403 200 200 403 403 200 403 403 403 403 403 403
            POST /api/shares                                   -                     -        share      401 403 201 403 403 403 403 403 403 403 403 201 403
            GET  /api/shares                                   ?contentSha256=abababababababababababababababababababababababababababababababab - -      401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/shares/{id}                              -                     share    -          401 403 200 200 404 404 200 404 200 404 404 200 404
            GET  /api/shares/{id}/receipt                      -                     share    -          401 403 200 200 404 404 200 404 200 404 404 200 404
            GET  /api/shares/{id}/receipt.tlog-proof           -                     share    text       401 403 200 200 404 404 200 404 200 404 404 200 404
            POST /api/shares/{id}/acknowledgements             -                     share    empty      401 403 422 200 404 404 403 404 403 404 404 422 404
            POST /api/shares/{id}/considerations               -                     share    consider   401 403 422 200 404 404 403 404 403 404 404 422 404
            GET  /api/annual-reports                           -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            POST /api/shares/{id}/markings                     -                     share    remark     401 403 200 403 404 404 403 404 403 404 404 200 404
            POST /api/shares/{id}/corrections                  -                     share    correct    401 403 200 403 404 404 403 404 403 404 404 200 404
            POST /api/shares/{id}/withdrawal                   -                     share    withdraw   401 403 200 403 404 404 403 404 403 404 404 200 404
            POST /api/shares/{id}/destructions                 -                     share    destroy    401 403 200 200 404 404 403 404 403 404 404 403 404
            GET  /api/shares/{id}/consent-document             ?thirdParty=Ofsted&purpose=Inspection&expires=2099-01-01T00:00:00Z&discloserBodyId=knowsley-lscb share - 401 403 200 200 404 404 200 404 200 404 404 200 404
            POST /api/shares/{id}/onward-disclosures           -                     share    disclosure 401 403 403 422 404 404 403 404 403 404 404 403 404
            GET  /api/shares/{id}/onward-disclosures/{number}/evidence - share       -          401 403 404 404 404 404 404 404 404 404 404 404 404
            POST /api/share-refusals                           -                     -        refusal    401 403 201 403 403 403 403 403 403 403 403 403 403
            GET  /api/holdings                                 ?bodyId=knowsley-lscb -        -          401 403 403 200 403 403 200 403 200 403 403 403 403
            GET  /api/holdings                                 ?bodyId=knowsley-lscb&asOf=2026-06-01T00:00:00Z - - 401 403 403 200 403 403 200 403 200 403 403 403 403
            GET  /api/acknowledgements/overdue                 -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/audit/events                             -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/audit/events                             -                     -        csv        401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/audit/state                              ?asOf=2026-06-01T00:00:00Z -   -          401 403 403 403 403 403 403 403 200 403 403 403 403
            GET  /api/audit/export                             -                     -        ndjson     401 403 403 403 403 403 403 403 200 403 403 403 403
            GET  /api/ledger/tree-head                         -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/tree-heads                        -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/proofs/inclusion                  ?eventId={event}      -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/proofs/consistency                ?first=1&second=2     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/public-key                        -                     -        pem        401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/checkpoint                        -                     -        text       401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/verifier-key                      -                     -        text       401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/tile/**                           -                     -        octet      401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/witnesses                         -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/ledger/verification                      -                     -        -          401 403 403 403 403 403 403 403 200 403 403 403 403
            GET  /api/admin/projections                        -                     -        -          401 403 403 403 403 403 403 403 200 403 403 403 403
            POST /api/admin/projections/{name}/replay          -                     projection empty    401 403 403 403 403 403 403 403 202 403 403 403 403
            POST /api/csods/cases                              -                     -        application 401 403 403 403 403 403 403 403 403 201 403 403 403
            GET  /api/csods/cases/{id}                         -                     case@0   -          401 403 404 404 404 404 200 404 200 200 404 404 404
            POST /api/csods/cases/{id}/initial-checks          -                     case@0   empty      401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/face-to-face-meeting    -                     case@1   met        401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/risk-assessment         -                     case@2   assessed   401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/decision                -                     case@3   decided    401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/disclosure              -                     case@4   disclosed  401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/undertaking             -                     case@5   undertaken 401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/closure                 -                     case@6   empty      401 403 404 404 404 404 403 404 403 200 404 404 404
            POST /api/csods/cases/{id}/deadline-extensions     -                     case@0   extension  401 403 404 404 404 404 403 404 403 200 404 404 404
            GET  /api/csods/cases                              -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/csods/missed-deadlines                   -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/csods/figures                            ?force=merseyside-police -     -          401 403 200 200 200 403 200 403 200 200 200 200 403
            POST /api/subjects/{id}/erasure                    -                     subject  erasure    401 403 404 404 404 404 200 404 403 403 404 404 404
            GET  /api/subjects/{id}/holdings                   -                     subject  -          401 403 200 200 200 200 200 200 200 200 200 200 200
            POST /api/sfo-notifications                        -                     -        sfo        401 403 201 403 403 403 403 403 403 403 403 201 403
            POST /api/sfo-notifications/{id}/acknowledgement   -                     sfo      empty      401 403 403 204 404 404 403 404 403 404 404 403 404
            GET  /api/sfo-notifications                        -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            POST /api/mappa-meetings                           -                     -        meeting    401 403 201 403 403 403 403 403 403 403 403 201 403
            POST /api/mappa-meetings/{id}/attendance-confirmation - meeting         confirm    401 403 403 204 404 404 403 404 403 404 404 403 404
            POST /api/mappa-meetings/{id}/attendance           -                     meeting  attendance 401 403 403 403 404 404 403 404 403 404 404 422 404
            GET  /api/mappa-meetings                           -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            POST /api/agreements/{id}/amendments               -                     active-agreement amend  401 403 200 200 403 403 200 403 403 403 403 403 403
            POST /api/legislative-changes                      -                     -        legislative 401 403 403 403 403 403 201 201 403 403 403 403 403
            POST /api/handling-arrangements                    -                     -        arrangement 401 403 201 201 403 403 403 403 403 403 403 403 403
            GET  /api/handling-arrangements/{id}               -                     arrangement -        401 403 200 200 404 404 200 404 200 404 404 200 404
            POST /api/handling-arrangements/{id}/ending        -                     arrangement end      401 403 200 200 404 404 403 404 403 404 404 403 404
            POST /api/case-reviews                             -                     -        casereview 401 403 201 403 403 403 403 403 403 403 403 403 403
            GET  /api/case-reviews                             -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/case-reviews/{id}                        -                     review   -          401 403 200 404 404 404 200 404 200 404 404 200 404
            POST /api/case-reviews/{id}/timescales             -                     review   timescales 401 403 422 404 404 404 403 404 403 404 404 403 404
            POST /api/minutes-requests                         -                     -        minutes    401 403 201 403 403 403 403 403 403 403 201 201 403
            GET  /api/minutes-requests                         -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/minutes-requests/{id}                    -                     minutes  -          401 403 200 200 404 404 200 404 200 200 200 200 404
            POST /api/minutes-requests/{id}/decision           -                     minutes  decide     401 403 403 403 404 404 403 404 403 403 403 403 404
            POST /api/foi-requests                             -                     -        foi        401 403 201 403 403 403 403 403 403 403 403 403 403
            GET  /api/foi-requests                             -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 403
            GET  /api/foi-requests/{id}                        -                     foi      -          401 403 200 200 404 404 200 404 200 200 200 200 404
            POST /api/foi-requests/{id}/consultations          -                     foi      consult    401 403 200 403 404 404 403 404 403 403 403 403 404
            POST /api/foi-requests/{id}/parties/{bodyId}/likely-response - foi      likely     401 403 422 403 404 404 403 404 403 403 403 403 404
            POST /api/foi-requests/{id}/parties/{bodyId}/view  -                     foi      heard      401 403 422 403 404 404 403 404 403 403 403 403 404
            POST /api/foi-requests/{id}/release                -                     foi      release    401 403 422 403 404 404 403 404 403 403 403 403 404
            POST /api/contacts                                 -                     -        post       401 403 201 403 403 403 403 403 403 403 403 403 201
            GET  /api/contacts                                 -                     -        -          401 403 200 200 200 200 200 200 200 200 200 200 200
            GET  /api/contacts/{id}                            -                     post     -          401 403 200 200 200 404 200 404 200 200 200 200 200
            POST /api/contacts/{id}/holder                     -                     post     holder     401 403 200 403 403 404 403 404 403 403 403 200 403
            POST /api/contacts/{id}/vacancy                    -                     post     vacancy    401 403 409 403 403 404 403 404 403 403 403 409 403
            POST /api/bodies                                   -                     -        register   401 403 403 403 403 403 403 403 403 403 403 403 201
            POST /api/bodies/{id}/renaming                     -                     fresh-body rename   401 403 403 403 403 403 403 403 403 403 403 403 200
            POST /api/bodies/{id}/merger                       -                     fresh-body merge    401 403 403 403 403 403 403 403 403 403 403 403 200
            POST /api/bodies/{id}/closure                      -                     fresh-body close    401 403 403 403 403 403 403 403 403 403 403 403 200
            """;

    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("empty", "{}"),
            Map.entry("register", "{\"id\": \"matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"name\": \"Matrix LSCP\", \"kind\": \"LSCP\", \"mappaArea\": \"merseyside\"}"),
            Map.entry("rename", "{\"name\": \"Renamed LSCP\", \"kind\": \"LSCP\", \"reason\": \"New name\"}"),
            Map.entry("merge", "{\"intoBodyId\": \"knowsley-lscb\", \"reason\": \"Joint partnership\"}"),
            Map.entry("close", "{\"reason\": \"Abolished\"}"),
            Map.entry("amend", "{\"changes\": \"Adds guidance\", \"authorisedBy\": \"Chair\", \"amendedOn\": \"2026-02-01\","
                    + " \"categories\": [\"ANNUAL_REPORT\", \"GUIDANCE\"]}"),
            Map.entry("legislative", "{\"title\": \"Children's Wellbeing and Schools Act\", \"effectiveOn\": \"2026-04-01\"}"),
            Map.entry("arrangement", """
                    {"agreementId": "2ee839e5-f264-3dff-8317-2feef26d64d6", "parties": ["merseyside-smb", "knowsley-lscb"],
                     "purpose": "Joint case review", "storage": "Secure case management system",
                     "access": "Review panel members", "retention": "P6M", "expiresOn": "2099-01-01"}"""),
            Map.entry("end", "{\"reason\": \"Review closed\"}"),
            Map.entry("cert", "{\"certificatePem\": \"" + Certificates.pem(new TestPki("Untrusted CA").issue("merseyside-smb")
                    .certificate()).replace("\n", "\\n") + "\", \"challenge\": \"0000\", \"proof\": \"AAAA\"}"),
            Map.entry("revoke", "{\"reason\": \"Key lost\"}"),
            Map.entry("draft", """
                    {"kind": "PROTOCOL", "title": "Knowsley information sharing protocol",
                     "parties": ["merseyside-smb", "knowsley-lscb"], "categories": ["ANNUAL_REPORT"],
                     "lawfulBases": ["CHILDREN_ACT_2004"], "effectiveFrom": "2026-01-01", "reviewDue": "2027-01-01",
                     "retention": "P3Y"}"""),
            Map.entry("accept", "{\"signatoryRole\": \"Chair\", \"acceptedOn\": \"2026-01-02\"}"),
            Map.entry("review", "{\"reviewedOn\": \"2026-02-01\", \"nextReviewDue\": \"2027-02-01\", \"note\": \"Fine\"}"),
            Map.entry("suspend", "{\"status\": \"SUSPENDED\", \"reason\": \"Under review\"}"),
            Map.entry("share", """
                    {"agreementId": "2ee839e5-f264-3dff-8317-2feef26d64d6", "category": "ANNUAL_REPORT",
                     "title": "Merseyside SMB annual report", "providerBodyId": "merseyside-smb",
                     "recipientBodyIds": ["knowsley-lscb"], "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "Planning",
                     "marking": {"classification": "OFFICIAL"}, "sharedAt": "2026-04-01T09:00:00Z",
                     "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""),
            Map.entry("remark", "{\"marking\": {\"classification\": \"SECRET\"}, \"reason\": \"Names an operation\"}"),
            Map.entry("casereview", "{\"boardBodyId\": \"merseyside-smb\", \"kind\": \"MAPPA_SERIOUS_CASE_REVIEW\","
                    + " \"caseReference\": \"Matrix case\", \"commissionedOn\": \"2026-05-01\"}"),
            Map.entry("timescales", "{\"otherReviewId\": \"" + java.util.UUID.randomUUID() + "\", \"completesBy\":"
                    + " \"2099-01-01\", \"otherCompletesBy\": \"2099-01-01\", \"arrangements\": \"One chronology\"}"),
            Map.entry("minutes", "{\"smbBodyId\": \"merseyside-smb\", \"chairBodyId\": \"merseyside-police\","
                    + " \"meetingOn\": \"2026-05-20\", \"meetingLevel\": 3, \"requester\": \"AGENCY_NOT_ATTENDING\","
                    + " \"requesterBodyId\": \"knowsley-lscb\", \"purpose\": \"Child protection conference\","
                    + " \"receivedOn\": \"2026-06-01\"}"),
            Map.entry("decide", "{\"disclose\": false, \"reasons\": \"Third-party information\"}"),
            Map.entry("foi", "{\"receivingBodyId\": \"merseyside-smb\", \"receivedOn\": \"2026-06-01\","
                    + " \"summary\": \"MAPPA meetings about a family\", \"smbBodyId\": \"merseyside-smb\","
                    + " \"policeLeadBodyId\": \"merseyside-police\", \"interestedPartyBodyIds\": [\"knowsley-lscb\"]}"),
            Map.entry("consult", "{\"consultee\": \"POLICE_LEAD\", \"view\": \"s.31 applies\"}"),
            Map.entry("likely", "{\"likelyResponse\": \"Released in part\"}"),
            Map.entry("heard", "{\"view\": \"Content\"}"),
            Map.entry("release", "{\"releasedOn\": \"2026-06-20\", \"outcome\": \"NOT_HELD\", \"exemptions\": []}"),
            Map.entry("post", "{\"bodyId\": \"merseyside-smb\", \"role\": \"SFO_LEAD\", \"forBodyId\":"
                    + " \"wirral-lscb\", \"title\": \"Deputy SFO lead for Wirral\"}"),
            Map.entry("holder", "{\"name\": \"A Lead\", \"since\": \"2026-06-01\"}"),
            Map.entry("vacancy", "{\"reason\": \"Left the service\"}"),
            Map.entry("consider", "{\"meetingOn\": \"2026-06-01\", \"priorities\": [\"Exploitation\"]}"),
            Map.entry("correct", "{\"title\": \"Corrected title\", \"reason\": \"Typo\"}"),
            Map.entry("withdraw", "{\"reason\": \"Sent in error\"}"),
            Map.entry("destroy", "{\"reason\": \"RETENTION_EXPIRED\"}"),
            Map.entry("disclosure", "{\"consentDocument\": \"e30=\", \"signature\": \"AAAA\"}"),
            Map.entry("refusal", """
                    {"providerBodyId": "merseyside-smb", "requesterBodyId": "knowsley-lscb",
                     "category": "CASE_INFORMATION", "request": "Minutes of a meeting", "reason": "Not necessary"}"""),
            Map.entry("application", """
                    {"applicant": {"name": "An Applicant"}, "subject": {"name": "A Subject"},
                     "children": [{"name": "A Child"}], "relationship": "Neighbour"}"""),
            Map.entry("met", "{\"identityVerified\": true}"),
            Map.entry("assessed", "{\"mappaCategory\": 1, \"mappaLevel\": 2}"),
            Map.entry("decided", """
                    {"disclose": true, "rationale": "Relevant convictions", "decisionMakers": ["Detective Inspector"],
                     "agenciesConsulted": ["knowsley-lscb"]}"""),
            Map.entry("disclosed", "{\"inPerson\": true}"),
            Map.entry("undertaken", "{\"signed\": true}"),
            Map.entry("extension", "{\"deadline\": \"WHOLE_CASE\", \"newDue\": \"2099-01-01T00:00:00Z\","
                    + " \"reason\": \"Exceptional circumstances\"}"),
            Map.entry("erasure", "{\"reason\": \"No longer required\"}"),
            Map.entry("sfo", """
                    {"smbBodyId": "merseyside-smb", "lscbBodyId": "knowsley-lscb", "recipientRole": "BUSINESS_MANAGER",
                     "childInvolved": true, "riskToChildren": true, "summary": "Offence against a child"}"""),
            Map.entry("meeting", """
                    {"smbBodyId": "merseyside-smb", "agencyBodyId": "knowsley-lscb", "meetingAt": "%s", "level": 2}"""
                    .formatted(Instant.now().plus(Duration.ofDays(20)))),
            Map.entry("confirm", "{\"representativeRole\": \"Team manager\"}"),
            Map.entry("attendance", "{\"attended\": true}"));

    static final Map<String, String> ACCEPT = Map.of("csv", "text/csv", "ndjson", "application/x-ndjson",
            "pem", "application/x-pem-file", "text", "text/plain", "octet", "application/octet-stream");

    /** Fixture steps of a CSODS case, in order: the path after the case and the body. */
    static final List<String[]> CASE_STAGES = List.of(new String[] {"initial-checks", "empty"},
            new String[] {"face-to-face-meeting", "met"}, new String[] {"risk-assessment", "assessed"},
            new String[] {"decision", "decided"}, new String[] {"disclosure", "disclosed"},
            new String[] {"undertaking", "undertaken"});

    record Row(String method, String template, String query, String fixture, String body, List<Integer> statuses) {

        static Row parse(String line) {
            String[] cells = line.trim().split("\\s+");
            List<Integer> statuses = Stream.of(cells).skip(5).map(Integer::valueOf).toList();
            return new Row(cells[0], cells[1], cells[2], cells[3], cells[4], statuses);
        }

        String key() {
            return method + " " + template;
        }
    }

    static List<Row> rows() {
        return MATRIX.lines().filter(line -> !line.isBlank()).map(Row::parse).toList();
    }

    static Stream<Arguments> cells() {
        List<String> callers = new ArrayList<>(CALLERS.keySet());
        return rows().stream().flatMap(row -> {
            assertThat(row.statuses()).as(row.key()).hasSize(callers.size());
            return java.util.stream.IntStream.range(0, callers.size())
                    .mapToObj(i -> Arguments.of(row.method() + " " + row.template() + row.query().replace("-", "")
                            + (row.body().equals("-") ? "" : " [" + row.body() + "]"), callers.get(i),
                            row, row.statuses().get(i)));
        });
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Read-only fixtures shared by the reads, created once and visible in the read models. */
    final Map<String, String> shared = new HashMap<>();

    @BeforeAll
    void sharedFixtures() throws Exception {
        shared.put("share", share());
        shared.put("case", csodsCase(0));
        String share = shared.get("share");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(call("GET", "/api/shares/" + share, "-", CALLERS.get("auditor")).getResponse().getStatus())
                    .isEqualTo(200);
            assertThat(call("GET", "/api/shares/" + share + "/receipt", "-", CALLERS.get("auditor"))
                    .getResponse().getStatus()).isEqualTo(200);
            assertThat(call("GET", "/api/csods/cases/" + shared.get("case"), "-", CALLERS.get("auditor"))
                    .getResponse().getStatus()).isEqualTo(200);
        });
        shared.put("event", json.readTree(call("GET", "/api/shares/" + share + "/receipt", "-", CALLERS.get("auditor"))
                .getResponse().getContentAsString()).get("eventId").asString());
    }

    @ParameterizedTest(name = "{0} by {1}: {3}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheMatrixSays(String endpoint, String caller, Row row, int expected) throws Exception {
        boolean write = !row.method().equals("GET");
        Map<String, String> variables = variables(row.fixture(), write);
        String path = row.template();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        // The tiles' path names the tile itself: the first one, which every sealed log has.
        path = path.replace("**", "0/000.p/1");
        String query = row.query().equals("-") ? "" : row.query().replace("{event}", shared.get("event"));
        MvcResult result = call(row.method(), path + query, row.body(), CALLERS.get(caller));
        assertThat(result.getResponse().getStatus())
                .as("%s %s by %s: %s", row.method(), path, caller, result.getResponse().getContentAsString())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> inMatrix = new TreeSet<>(rows().stream().map(Row::key).toList());
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + pattern));
                }
            }
        }
        assertThat(inMatrix).containsExactlyElementsOf(endpoints);
    }

    /** The values of a row's path variables: fresh fixtures for a write, the shared ones for a read. */
    Map<String, String> variables(String fixture, boolean write) throws Exception {
        Map<String, String> variables = new HashMap<>();
        variables.put("bodyId", "merseyside-smb");
        variables.put("fingerprint", "0".repeat(64));
        variables.put("number", "1");
        variables.put("name", "certificates");
        switch (fixture.replaceAll("@\\d+", "")) {
            case "body" -> variables.put("id", "merseyside-smb");
            case "agreement" -> variables.put("id", write ? agreement(false) : "2ee839e5-f264-3dff-8317-2feef26d64d6");
            case "active-agreement" -> variables.put("id", agreement(true));
            case "share" -> variables.put("id", write ? share() : shared.get("share"));
            case "case" -> variables.put("id", write ? csodsCase(Integer.parseInt(fixture.split("@")[1]))
                    : shared.get("case"));
            case "subject" -> variables.put("id", subject());
            case "fresh-body" -> variables.put("id", freshBody());
            case "arrangement" -> variables.put("id", created("/api/handling-arrangements", "arrangement",
                    "provider-manager", "id"));
            case "review" -> variables.put("id", created("/api/case-reviews", "casereview", "provider-manager", "id"));
            case "minutes" -> variables.put("id", created("/api/minutes-requests", "minutes", "provider-manager", "id"));
            case "foi" -> variables.put("id", created("/api/foi-requests", "foi", "provider-manager", "id"));
            case "post" -> variables.put("id", created("/api/contacts", "post", "provider-manager", "postId"));
            case "sfo" -> variables.put("id", created("/api/sfo-notifications", "sfo", "smb-coordinator",
                    "notificationId"));
            case "meeting" -> variables.put("id", created("/api/mappa-meetings", "meeting", "smb-coordinator",
                    "noticeId"));
            default -> { }
        }
        return variables;
    }

    String share() throws Exception {
        return created("/api/shares", "share", "provider-manager", "id");
    }

    String freshBody() throws Exception {
        String id = "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        MvcResult result = mvc.perform(request(HttpMethod.POST, "/api/bodies").contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\": \"" + id + "\", \"name\": \"Body " + id + "\", \"kind\": \"LSCB\","
                        + " \"mappaArea\": \"merseyside\"}")
                .with(CALLERS.get("area-register-admin"))).andReturn();
        expect(result, 201);
        return id;
    }

    String csodsCase(int stages) throws Exception {
        String id = created("/api/csods/cases", "application", "force-csods-officer", "id");
        for (String[] stage : CASE_STAGES.subList(0, stages)) {
            expect(call("POST", "/api/csods/cases/" + id + "/" + stage[0], stage[1], CALLERS.get("force-csods-officer")),
                    200);
        }
        return id;
    }

    String subject() throws Exception {
        MvcResult created = call("POST", "/api/csods/cases", "application", CALLERS.get("force-csods-officer"));
        expect(created, 201);
        return json.readTree(created.getResponse().getContentAsString()).get("subject").get("subjectId").asString();
    }

    String agreement(boolean active) throws Exception {
        String id = created("/api/agreements", "draft", "provider-manager", "id");
        if (active) {
            for (String party : new String[] {"provider-manager", "recipient-manager"}) {
                expect(call("POST", "/api/agreements/" + id + "/acceptances", "accept", CALLERS.get(party)), 200);
            }
        }
        return id;
    }

    String created(String path, String body, String caller, String idField) throws Exception {
        MvcResult result = call("POST", path, body, CALLERS.get(caller));
        expect(result, 201);
        JsonNode created = json.readTree(result.getResponse().getContentAsString());
        return created.get(idField).asString();
    }

    void expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
    }

    MvcResult call(String method, String path, String bodyOrAccept, RequestPostProcessor caller) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        if (method.equals("GET")) {
            request.accept(ACCEPT.getOrDefault(bodyOrAccept, MediaType.APPLICATION_JSON_VALUE));
        } else {
            request.contentType(MediaType.APPLICATION_JSON).content(BODIES.getOrDefault(bodyOrAccept, "{}"));
        }
        if (caller != null) {
            request.with(caller);
        }
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                    .andReturn();
        }
        return result;
    }
}
