package uk.mappa.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mappa.ledger.support.RunningLedger.bearer;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.TestPki;
import uk.mappa.ledger.support.RunningLedger;
import uk.mappa.ledger.support.TestDatabase;
import uk.mappa.ledger.support.TestTokens;

/**
 * The signature module end to end on PostgreSQL: a CA made in the test, body certificates registered
 * through the API, consents signed with Bouncy Castle and with the openssl command line, revocation, and
 * the evidence checked again with openssl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnwardDisclosureIntegrationTest {

    final JsonMapper json = JsonMapper.builder().build();
    final TestTokens tokens = TestTokens.generate();
    final TestPki pki = new TestPki("Merseyside Test Signing CA");
    final String smbManager = bearer(tokens.token("alex.smb", "merseyside-smb", "merseyside", "BUSINESS_MANAGER"));
    final String knowsleyManager = bearer(tokens.token("kim.knowsley", "knowsley-lscb", "merseyside", "BUSINESS_MANAGER"));
    final String auditor = bearer(tokens.token("pat.auditor", null, null, "AUDITOR"));
    final TestPki.Signer smbSigner = pki.issue("merseyside-smb");

    Path files;
    TestDatabase database;
    RunningLedger ledger;
    Path caFile;

    @BeforeAll
    void start() throws Exception {
        files = Files.createTempDirectory("ledger-consent-test");
        files.toFile().deleteOnExit();
        caFile = files.resolve("trust-anchor.pem");
        Files.writeString(caFile, Certificates.pem(pki.caCertificate));
        database = TestDatabase.fresh();
        ledger = RunningLedger.start(database, tokens, "ledger.seed.agreements=true",
                "ledger.consent.trust-anchors=" + caFile);
        assertThat(registerCertificate("merseyside-smb", smbManager, smbSigner).statusCode()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        ledger.close();
        database.close();
    }

    /** Registers the certificate, proving possession of its key by signing a challenge with it. */
    HttpResponse<String> registerCertificate(String body, String manager, TestPki.Signer signer) {
        return registerCertificate(body, manager, signer, signer);
    }

    HttpResponse<String> registerCertificate(String body, String manager, TestPki.Signer signer,
                                             TestPki.Signer provedBy) {
        HttpResponse<String> challenge = ledger.post("/api/bodies/" + body + "/certificates/challenges", manager, "{}");
        if (challenge.statusCode() != 201) {
            return challenge;
        }
        String text = json.readTree(challenge.body()).get("challenge").asString();
        return register(body, manager, signer, text,
                TestPki.sign(text.getBytes(StandardCharsets.US_ASCII), provedBy));
    }

    HttpResponse<String> register(String body, String manager, TestPki.Signer signer, String challenge, byte[] proof) {
        return ledger.post("/api/bodies/" + body + "/certificates", manager, json.writeValueAsString(java.util.Map.of(
                "certificatePem", Certificates.pem(signer.certificate()), "challenge", challenge,
                "proof", Base64.getEncoder().encodeToString(proof))));
    }

    String shareWithKnowsley() {
        HttpResponse<String> response = ledger.post("/api/shares", smbManager, """
                {"agreementId": "%s", "category": "SCR_LEARNING", "title": "Learning from a serious case review",
                 "providerBodyId": "merseyside-smb", "recipientBodyIds": ["knowsley-lscb"],
                 "lawfulBasis": "CHILDREN_ACT_2004", "purpose": "Learning", "marking": {"classification": "OFFICIAL"},
                 "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""
                .formatted(ShareApiTest.MERSEYSIDE_MOU));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    byte[] consentDocument(String shareId, String thirdParty, String thirdPartyBodyId) {
        String query = "thirdParty=" + URLEncoder.encode(thirdParty, StandardCharsets.UTF_8)
                + "&purpose=" + URLEncoder.encode("Joint targeted area inspection", StandardCharsets.UTF_8)
                + "&expires=" + Instant.now().plus(Duration.ofDays(30)) + "&discloserBodyId=knowsley-lscb"
                + (thirdPartyBodyId == null ? "" : "&thirdPartyBodyId=" + thirdPartyBodyId);
        HttpResponse<String> response = ledger.get("/api/shares/" + shareId + "/consent-document?" + query, smbManager);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().getBytes(StandardCharsets.UTF_8);
    }

    HttpResponse<String> disclose(String shareId, byte[] document, byte[] signature) {
        return ledger.post("/api/shares/" + shareId + "/onward-disclosures", knowsleyManager, json.writeValueAsString(
                java.util.Map.of("consentDocument", Base64.getEncoder().encodeToString(document),
                        "signature", Base64.getEncoder().encodeToString(signature))));
    }

    /** Liverpool Children's Services' holdings as the caller sees them; a response that is not a list fails. */
    Stream<JsonNode> holdingsOfLiverpool(String authorization) {
        HttpResponse<String> holdings = ledger.get("/api/holdings?bodyId=liverpool-childrens-services", authorization);
        assertThat(holdings.statusCode()).as(holdings.body()).isEqualTo(200);
        return json.readTree(holdings.body()).get("items").valueStream();
    }

    @Test
    void aDisclosureWithTheProvidersConsentIsRecordedAndTheThirdPartyHoldsTheShare() {
        String shareId = shareWithKnowsley();
        byte[] document = consentDocument(shareId, "Liverpool Children's Services", "liverpool-childrens-services");
        HttpResponse<String> disclosed = disclose(shareId, document, TestPki.sign(document, smbSigner));
        assertThat(disclosed.statusCode()).as(disclosed.body()).isEqualTo(201);
        assertThat(disclosed.headers().firstValue("Location")).hasValue("/api/shares/" + shareId + "/onward-disclosures/1");
        assertThat(json.readTree(disclosed.body()).get("signerFingerprint").asString())
                .isEqualTo(Certificates.fingerprint(smbSigner.certificate()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                holdingsOfLiverpool(auditor).filter(h -> h.get("shareId").asString().equals(shareId))
                        .map(h -> h.get("role").asString())).containsExactly("THIRD_PARTY"));
    }

    @Test
    void aCertificateRegisteredAgainIsAConflictThatRecordsNothing() {
        HttpResponse<String> again = registerCertificate("merseyside-smb", smbManager, smbSigner);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("code").asString()).isEqualTo("certificate-already-registered");
    }

    @Test
    void theThirdPartysCopyFollowsTheShareAndItsHolderAcknowledgesAndDestroysIt() {
        String liverpool = bearer(tokens.token("lee.liverpool", "liverpool-childrens-services", "merseyside",
                "BUSINESS_MANAGER"));
        String shareId = shareWithKnowsley();
        byte[] document = consentDocument(shareId, "Liverpool Children's Services", "liverpool-childrens-services");
        assertThat(disclose(shareId, document, TestPki.sign(document, smbSigner)).statusCode()).isEqualTo(201);

        // The third party holds a copy, so it may read the share (once the read model has it).
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(ledger.get("/api/shares/" + shareId, liverpool).statusCode()).isEqualTo(200));
        HttpResponse<String> acknowledged = ledger.post("/api/shares/" + shareId + "/acknowledgements", liverpool, "{}");
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);

        // A re-marking to SECRET reaches the third party's copy: its title is withheld from it from then on.
        assertThat(ledger.post("/api/shares/" + shareId + "/markings", smbManager,
                "{\"marking\": {\"classification\": \"SECRET\"}, \"reason\": \"Names an operation\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> withdrawn = ledger.post("/api/shares/" + shareId + "/withdrawal", smbManager,
                "{\"reason\": \"Sent in error\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(json.readTree(ledger.get("/api/shares/" + shareId, liverpool).body()).get("titleWithheld")
                    .asBoolean()).isTrue();
            Optional<JsonNode> held = holdingsOfLiverpool(liverpool)
                    .filter(h -> h.get("shareId").asString().equals(shareId)).findFirst();
            assertThat(held).isPresent();
            JsonNode copy = held.get();
            assertThat(copy.get("marking").asString()).isEqualTo("SECRET");
            assertThat(copy.get("titleWithheld").asBoolean()).isTrue();
            assertThat(copy.get("title").isNull()).isTrue();
            assertThat(copy.get("status").asString()).isEqualTo("DESTRUCTION_REQUESTED");
            assertThat(copy.get("acknowledgedAt").isNull()).isFalse();
        });

        HttpResponse<String> destroyed = ledger.post("/api/shares/" + shareId + "/destructions", liverpool,
                "{\"reason\": \"WITHDRAWN\"}");
        assertThat(destroyed.statusCode()).as(destroyed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                holdingsOfLiverpool(liverpool).map(h -> h.get("shareId").asString())).doesNotContain(shareId));
    }

    @Test
    void aSignatureMadeByTheOpensslCommandLineIsAcceptedAndItsEvidenceVerifiesWithOpenssl() throws Exception {
        String shareId = shareWithKnowsley();
        byte[] document = consentDocument(shareId, "HM Inspectorate of Probation", null);
        Path consent = files.resolve("consent.json");
        Path certificate = files.resolve("smb-cert.pem");
        Path key = files.resolve("smb-key.pem");
        Path signature = files.resolve("consent.sig");
        Files.write(consent, document);
        Files.writeString(certificate, Certificates.pem(smbSigner.certificate()));
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(smbSigner.key().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        run("openssl", "cms", "-sign", "-binary", "-outform", "DER", "-in", consent.toString(), "-signer",
                certificate.toString(), "-inkey", key.toString(), "-out", signature.toString());

        HttpResponse<String> disclosed = disclose(shareId, document, Files.readAllBytes(signature));
        assertThat(disclosed.statusCode()).as(disclosed.body()).isEqualTo(201);

        JsonNode evidence = json.readTree(ledger.get("/api/shares/" + shareId + "/onward-disclosures/1/evidence",
                auditor).body());
        Path evidenceConsent = files.resolve("evidence.json");
        Path evidenceSignature = files.resolve("evidence.sig");
        Files.write(evidenceConsent, Base64.getDecoder().decode(evidence.get("consentDocument").asString()));
        Files.write(evidenceSignature, Base64.getDecoder().decode(evidence.get("signature").asString()));
        assertThat(evidence.get("signerCertificatePem").asString()).contains("BEGIN CERTIFICATE");
        run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", evidenceSignature.toString(), "-content",
                evidenceConsent.toString(), "-CAfile", caFile.toString(), "-purpose", "any", "-out", "/dev/null");
    }

    @Test
    void refusalsHaveTheirOwnCodesAndAreRecordedWithoutTheSignature() {
        String shareId = shareWithKnowsley();
        byte[] document = consentDocument(shareId, "A journalist", null);
        HttpResponse<String> tampered = disclose(shareId, consentDocument(shareId, "A newspaper", null),
                TestPki.sign(document, smbSigner));
        assertThat(tampered.statusCode()).isEqualTo(422);
        assertThat(json.readTree(tampered.body()).get("code").asString()).isEqualTo("bad-signature");

        TestPki.Signer knowsley = pki.issue("knowsley-lscb");
        assertThat(registerCertificate("knowsley-lscb", knowsleyManager, knowsley).statusCode()).isEqualTo(201);
        HttpResponse<String> wrongBody = disclose(shareId, document, TestPki.sign(document, knowsley));
        assertThat(json.readTree(wrongBody.body()).get("code").asString()).isEqualTo("wrong-signer-body");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode audit = json.readTree(ledger.get(
                    "/api/audit/events?bodyId=knowsley-lscb&eventType=OnwardDisclosureRefused&size=500", auditor).body());
            assertThat(audit.get("items").valueStream().map(e -> e.get("eventType").asString()))
                    .containsOnly("OnwardDisclosureRefused");
            List<String> refusals = audit.get("items").valueStream()
                    .filter(e -> e.get("aggregateId").asString().equals(shareId))
                    .map(e -> e.get("summary").asString()).toList();
            assertThat(refusals).hasSize(2);
            assertThat(refusals).anyMatch(summary -> summary.contains("bad-signature"));
        });
        try (var connection = database.connect(); var statement = connection.prepareStatement(
                "select payload from domain_event_entry where aggregate_identifier = ? and payload_type like ?")) {
            statement.setString(1, shareId);
            statement.setString(2, "%OnwardDisclosureRefused");
            var rows = statement.executeQuery();
            while (rows.next()) {
                String payload = new String(rows.getBytes(1), StandardCharsets.UTF_8);
                assertThat(payload).doesNotContain(Base64.getEncoder().encodeToString(TestPki.sign(document, smbSigner))
                        .substring(0, 20)).doesNotContain("signature\":");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRevokedCertificatesLaterSignaturesAreRefused() {
        TestPki.Signer second = pki.issue("merseyside-smb");
        assertThat(registerCertificate("merseyside-smb", smbManager, second).statusCode()).isEqualTo(201);
        String fingerprint = Certificates.fingerprint(second.certificate());
        HttpResponse<String> revoked = ledger.post("/api/bodies/merseyside-smb/certificates/" + fingerprint + "/revocation",
                smbManager, "{\"reason\": \"Smart card lost\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(json.readTree(revoked.body()).get("revokedAt").isNull()).isFalse();

        String shareId = shareWithKnowsley();
        byte[] document = consentDocument(shareId, "Ofsted", null);
        HttpResponse<String> refused = disclose(shareId, document, TestPki.sign(document, second));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("code").asString()).isEqualTo("certificate-revoked");
    }

    @Test
    void certificatesAreRegisteredOnlyByTheBodyAndOnlyFromATrustAnchor() {
        assertThat(registerCertificate("merseyside-smb", knowsleyManager, pki.issue("merseyside-smb")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> untrusted = registerCertificate("merseyside-smb", smbManager,
                new TestPki("Untrusted CA").issue("merseyside-smb"));
        assertThat(untrusted.statusCode()).isEqualTo(422);
        assertThat(json.readTree(untrusted.body()).get("code").asString()).isEqualTo("chain-not-trusted");
        HttpResponse<String> notPem = ledger.post("/api/bodies/merseyside-smb/certificates", smbManager,
                "{\"certificatePem\": \"hello\", \"challenge\": \"c\", \"proof\": \"AAAA\"}");
        assertThat(notPem.statusCode()).isEqualTo(400);
    }

    @Test
    void registeringACertificateNeedsAChallengeSignedWithItsOwnKeyUsedOnce() {
        TestPki.Signer certificate = pki.issue("merseyside-smb");
        HttpResponse<String> provedByAnotherKey = registerCertificate("merseyside-smb", smbManager, certificate,
                pki.issue("merseyside-smb"));
        assertThat(provedByAnotherKey.statusCode()).isEqualTo(422);
        assertThat(json.readTree(provedByAnotherKey.body()).get("code").asString()).isEqualTo("possession-not-proven");

        String challenge = json.readTree(ledger.post("/api/bodies/merseyside-smb/certificates/challenges", smbManager,
                "{}").body()).get("challenge").asString();
        byte[] proof = TestPki.sign(challenge.getBytes(StandardCharsets.US_ASCII), certificate);
        assertThat(register("merseyside-smb", smbManager, certificate, challenge, proof).statusCode()).isEqualTo(201);
        HttpResponse<String> replayed = register("merseyside-smb", smbManager, pki.issue("merseyside-smb"), challenge,
                proof);
        assertThat(json.readTree(replayed.body()).get("code").asString()).isEqualTo("challenge-not-valid");
        HttpResponse<String> otherBody = registerCertificate("merseyside-smb", smbManager, pki.issue("knowsley-lscb"));
        assertThat(json.readTree(otherBody.body()).get("code").asString()).isEqualTo("certificate-not-of-body");
    }

    @Test
    void aConsentAllowsOneDisclosureByTheBodyItNames() {
        String shareId = shareWithKnowsley();
        byte[] document = consentDocument(shareId, "Ofsted", null);
        byte[] signature = TestPki.sign(document, smbSigner);
        assertThat(disclose(shareId, document, signature).statusCode()).isEqualTo(201);
        HttpResponse<String> again = disclose(shareId, document, signature);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json.readTree(again.body()).get("code").asString()).isEqualTo("consent-already-used");

        HttpResponse<String> forWirral = ledger.get("/api/shares/" + shareId + "/consent-document?thirdParty=Ofsted"
                + "&purpose=Inspection&expires=" + Instant.now().plus(Duration.ofDays(3)) + "&discloserBodyId=wirral-lscb",
                smbManager);
        assertThat(forWirral.statusCode()).isEqualTo(400);
        assertThat(forWirral.body()).contains("discloserBodyId");
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
