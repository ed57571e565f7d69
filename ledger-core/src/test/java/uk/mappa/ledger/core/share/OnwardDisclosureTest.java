package uk.mappa.ledger.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.consent.CertificateRegister;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.ConsentDocument;
import uk.mappa.ledger.core.consent.ConsentVerifier;
import uk.mappa.ledger.core.consent.RegisteredCertificate;
import uk.mappa.ledger.core.consent.TestPki;

/** Onward disclosure to a third party only with the provider's verified, signed written consent. */
class OnwardDisclosureTest {

    static final ContentDigest DIGEST = new ContentDigest("a".repeat(64));
    static final String CONSENT_ID = "5f0c1c1e-7d0b-4e8c-9b7a-4f2a8d1c0e11";
    final Instant now = Instant.now();
    final TestPki pki = new TestPki("Test Ledger CA");
    final TestPki stranger = new TestPki("Untrusted CA");
    final TestPki.Signer smbSigner = pki.issue("merseyside-smb");
    final Map<String, RegisteredCertificate> certificates = new HashMap<>();
    final ShareId shareId = ShareId.random();
    FixtureConfiguration<Share> fixture;

    @BeforeEach
    void setUp() {
        register(smbSigner, SMB, null);
        CertificateRegister register = fingerprint -> Optional.ofNullable(certificates.get(fingerprint));
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_IN_FORCE));
        fixture.registerInjectableResource(new ConsentVerifier(register, pki.trust()));
    }

    void register(TestPki.Signer signer, BodyId body, Instant revokedAt) {
        register(signer, body, now, revokedAt);
    }

    void register(TestPki.Signer signer, BodyId body, Instant registeredAt, Instant revokedAt) {
        String fingerprint = Certificates.fingerprint(signer.certificate());
        certificates.put(fingerprint, new RegisteredCertificate(fingerprint, body, signer.certificate(), registeredAt,
                revokedAt, revokedAt == null ? null : "test"));
    }

    /** The fixture with a verifier that trusts these time-stamping authorities too. */
    void trustTimestampsFrom(TestPki.Signer authority) {
        CertificateRegister register = fingerprint -> Optional.ofNullable(certificates.get(fingerprint));
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_IN_FORCE));
        fixture.registerInjectableResource(new ConsentVerifier(register,
                pki.trustWithTimestamps(List.of(authority.certificate()))));
    }

    ShareRecorded recorded() {
        return new ShareRecorded(shareId, MOU, Category.SCR_LEARNING, "Learning from a review", SMB,
                List.of(KNOWSLEY, WIRRAL), LawfulBasis.CHILDREN_ACT_2004, "Learning", ProtectiveMarking.official(),
                null, DIGEST, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(900)), "manager.merseyside-smb");
    }

    ConsentDocument consent(String thirdParty, String purpose, Instant expires) {
        return new ConsentDocument(shareId.toString(), DIGEST.sha256(), "merseyside-smb", "knowsley-lscb", thirdParty,
                null, purpose, "CHILDREN_ACT_2004", "Executive summary only", expires, CONSENT_ID, now);
    }

    ConsentDocument consent() {
        return consent("Ofsted inspection team", "Joint targeted area inspection", now.plus(Duration.ofDays(30)));
    }

    RecordOnwardDisclosure disclose(byte[] document, byte[] signature) {
        return new RecordOnwardDisclosure(shareId, document, signature, null, null, now, KNOWSLEY_MANAGER);
    }

    RecordOnwardDisclosure disclose(ConsentDocument consent, TestPki.Signer signer) {
        byte[] bytes = consent.canonicalBytes();
        return disclose(bytes, TestPki.sign(bytes, signer));
    }

    void expectRefused(RecordOnwardDisclosure command, String code) {
        fixture.given(recorded())
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(
                        org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("refusalCode=" + code)))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.instanceOf(OnwardDisclosureRefused.class),
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("code=" + code))),
                        Matchers.andNoMore())));
    }

    @Test
    void aRecipientDisclosesWithTheProvidersSignedConsent() {
        RecordOnwardDisclosure command = disclose(consent(), smbSigner);
        fixture.given(recorded())
                .when(command)
                .expectResultMessagePayload(OnwardDisclosureOutcome.recorded(1))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.instanceOf(OnwardDisclosureRecorded.class),
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                        "signerFingerprint=" + Certificates.fingerprint(smbSigner.certificate())))),
                        Matchers.andNoMore())));
    }

    @Test
    void theRecordedDisclosureKeepsTheExactSignedBytes() {
        OnwardDisclosureRecorded[] captured = new OnwardDisclosureRecorded[1];
        byte[] bytes = consent().canonicalBytes();
        fixture.given(recorded())
                .when(disclose(bytes, TestPki.sign(bytes, smbSigner)))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new org.hamcrest.CustomMatcher<Object>("the disclosure") {
                            @Override
                            public boolean matches(Object item) {
                                captured[0] = (OnwardDisclosureRecorded) item;
                                return true;
                            }
                        }, Matchers.andNoMore())));
        assertThat(java.util.Base64.getDecoder().decode(captured[0].consentDocument())).isEqualTo(bytes);
        assertThat(captured[0].thirdPartyName()).isEqualTo("Ofsted inspection team");
        assertThat(captured[0].signedAt()).isBetween(now.minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void refusesASignatureOverOtherBytes() {
        byte[] signed = consent().canonicalBytes();
        byte[] other = consent("Someone else", "Joint targeted area inspection", now.plus(Duration.ofDays(30)))
                .canonicalBytes();
        expectRefused(disclose(other, TestPki.sign(signed, smbSigner)), "bad-signature");
        expectRefused(disclose(signed, "not a signature".getBytes(StandardCharsets.UTF_8)), "bad-signature");
    }

    @Test
    void refusesAnUnregisteredSigner() {
        expectRefused(disclose(consent(), pki.issue("merseyside-smb")), "unknown-signer");
    }

    @Test
    void refusesASignerOfAnotherBody() {
        TestPki.Signer knowsley = pki.issue("knowsley-lscb");
        register(knowsley, KNOWSLEY, null);
        expectRefused(disclose(consent(), knowsley), "wrong-signer-body");
    }

    @Test
    void refusesACertificateThatDoesNotChainToATrustAnchor() {
        TestPki.Signer untrusted = stranger.issue("merseyside-smb");
        register(untrusted, SMB, null);
        expectRefused(disclose(consent(), untrusted), "chain-not-trusted");
    }

    @Test
    void refusesACertificateExpiredWhenTheLedgerReceivesTheConsent() {
        TestPki.Signer expired = pki.issue("merseyside-smb", now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1)));
        register(expired, SMB, null);
        expectRefused(disclose(consent(), expired), "certificate-expired");
    }

    @Test
    void refusesACertificateRevokedBeforeItSigned() {
        TestPki.Signer revoked = pki.issue("merseyside-smb");
        register(revoked, SMB, now.minus(Duration.ofHours(1)));
        expectRefused(disclose(consent(), revoked), "certificate-revoked");
    }

    @Test
    void acceptsASignatureMadeBeforeTheCertificateWasRevoked() {
        TestPki.Signer later = pki.issue("merseyside-smb");
        register(later, SMB, now.plus(Duration.ofHours(1)));
        fixture.given(recorded()).when(disclose(consent(), later))
                .expectResultMessagePayload(OnwardDisclosureOutcome.recorded(1));
    }

    @Test
    void refusesAnExpiredConsent() {
        expectRefused(disclose(consent("Ofsted", "Inspection", now.minusSeconds(1)), smbSigner), "consent-expired");
    }

    @Test
    void refusesAConsentForAnotherShareOrAnotherVersionOfIt() {
        ConsentDocument otherShare = new ConsentDocument(ShareId.random().toString(), DIGEST.sha256(), "merseyside-smb",
                "knowsley-lscb", "Ofsted", null, "Inspection", "CHILDREN_ACT_2004", "", now.plus(Duration.ofDays(1)),
                CONSENT_ID, now);
        expectRefused(disclose(otherShare, smbSigner), "consent-share-mismatch");
        ConsentDocument otherDigest = new ConsentDocument(shareId.toString(), "b".repeat(64), "merseyside-smb",
                "knowsley-lscb", "Ofsted", null, "Inspection", "CHILDREN_ACT_2004", "", now.plus(Duration.ofDays(1)),
                CONSENT_ID, now);
        expectRefused(disclose(otherDigest, smbSigner), "consent-share-mismatch");
    }

    @Test
    void refusesAConsentForAnotherThirdPartyOrPurpose() {
        byte[] bytes = consent().canonicalBytes();
        byte[] signature = TestPki.sign(bytes, smbSigner);
        expectRefused(new RecordOnwardDisclosure(shareId, bytes, signature, "A newspaper", null, now, KNOWSLEY_MANAGER),
                "consent-third-party-mismatch");
        expectRefused(new RecordOnwardDisclosure(shareId, bytes, signature, null, "Curiosity", now, KNOWSLEY_MANAGER),
                "consent-purpose-mismatch");
    }

    @Test
    void refusesADocumentThatIsNotCanonical() {
        byte[] pretty = new String(consent().canonicalBytes(), StandardCharsets.UTF_8).replace(",", ", ")
                .getBytes(StandardCharsets.UTF_8);
        expectRefused(disclose(pretty, TestPki.sign(pretty, smbSigner)), "invalid-consent-document");
    }

    @Test
    void onlyAHolderDisclosesAndNothingIsRecordedForOthers() {
        fixture.given(recorded())
                .when(new RecordOnwardDisclosure(shareId, new byte[0], new byte[0], null, null, now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-a-holder"));
        fixture.given(recorded(), new CopyDestroyed(shareId, SMB, KNOWSLEY, DestructionReason.NO_LONGER_REQUIRED, now,
                        "manager.knowsley-lscb"))
                .when(disclose(consent(), smbSigner))
                .expectNoEvents().expectException(violation("copy-destroyed"));
    }

    @Test
    void refusesAThirdPartyBodyOutsideTheRegister() {
        ConsentDocument toUnknownBody = new ConsentDocument(shareId.toString(), DIGEST.sha256(), "merseyside-smb",
                "knowsley-lscb", "Atlantis council", "atlantis-council", "Inspection", "CHILDREN_ACT_2004", "",
                now.plus(Duration.ofDays(1)), CONSENT_ID, now);
        expectRefused(disclose(toUnknownBody, smbSigner), "invalid-consent-document");
        ConsentDocument toMalformedBody = new ConsentDocument(shareId.toString(), DIGEST.sha256(), "merseyside-smb",
                "knowsley-lscb", "Atlantis council", "Atlantis Council!", "Inspection", "CHILDREN_ACT_2004", "",
                now.plus(Duration.ofDays(1)), CONSENT_ID, now);
        expectRefused(disclose(toMalformedBody, smbSigner), "invalid-consent-document");
    }

    @Test
    void aConsentIsUsedOnlyByTheBodyItNames() {
        ConsentDocument forWirral = new ConsentDocument(shareId.toString(), DIGEST.sha256(), "merseyside-smb",
                "wirral-lscb", "Ofsted", null, "Inspection", "CHILDREN_ACT_2004", "", now.plus(Duration.ofDays(1)),
                CONSENT_ID, now);
        expectRefused(disclose(forWirral, smbSigner), "consent-wrong-discloser");
    }

    @Test
    void aConsentAllowsOneDisclosure() {
        byte[] bytes = consent().canonicalBytes();
        byte[] signature = TestPki.sign(bytes, smbSigner);
        OnwardDisclosureRecorded first = new OnwardDisclosureRecorded(shareId, 1, SMB, KNOWSLEY, "Ofsted inspection team",
                null, "Joint targeted area inspection", "CHILDREN_ACT_2004", "Executive summary only",
                now.plus(Duration.ofDays(30)), java.util.Base64.getEncoder().encodeToString(bytes),
                java.util.Base64.getEncoder().encodeToString(signature),
                Certificates.fingerprint(smbSigner.certificate()), now, now, "manager.knowsley-lscb", CONSENT_ID);
        fixture.given(recorded(), first)
                .when(disclose(bytes, signature))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("refusalCode=consent-already-used")))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.instanceOf(OnwardDisclosureRefused.class), Matchers.andNoMore())));
    }

    @Test
    void refusesASigningTimeInTheFuture() {
        byte[] bytes = consent().canonicalBytes();
        expectRefused(disclose(bytes, TestPki.sign(bytes, smbSigner, now.plus(Duration.ofHours(1)))),
                "signing-time-in-future");
    }

    @Test
    void refusesASignatureDatedBeforeItsCertificateWasRegistered() {
        byte[] bytes = consent().canonicalBytes();
        expectRefused(disclose(bytes, TestPki.sign(bytes, smbSigner, now.minus(Duration.ofHours(1)))),
                "signed-before-registration");
    }

    @Test
    void revocationIsJudgedWhenTheLedgerReceivesTheConsentNotAtTheSigningTimeTheSignerChose() {
        TestPki.Signer compromised = pki.issue("merseyside-smb");
        register(compromised, SMB, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        byte[] bytes = consent().canonicalBytes();
        expectRefused(disclose(bytes, TestPki.sign(bytes, compromised, now.minus(Duration.ofHours(2)))),
                "certificate-revoked");
    }

    @Test
    void aTrustedTimeStampFromBeforeTheRevocationIsBelieved() {
        TestPki.Signer authority = pki.timestampAuthority("Test time-stamping authority");
        trustTimestampsFrom(authority);
        TestPki.Signer revokedSince = pki.issue("merseyside-smb");
        register(revokedSince, SMB, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        byte[] bytes = consent().canonicalBytes();
        byte[] stamped = TestPki.timestamped(TestPki.sign(bytes, revokedSince, now.minus(Duration.ofHours(2))),
                authority, now.minus(Duration.ofHours(2)));
        fixture.given(recorded()).when(disclose(bytes, stamped))
                .expectResultMessagePayload(OnwardDisclosureOutcome.recorded(1));

        byte[] stampedAfterRevocation = TestPki.timestamped(TestPki.sign(bytes, revokedSince,
                now.minus(Duration.ofHours(2))), authority, now.minus(Duration.ofMinutes(30)));
        expectRefused(disclose(bytes, stampedAfterRevocation), "certificate-revoked");
    }

    @Test
    void aTimeStampFromAnAuthorityNotTrustedIsRefused() {
        TestPki.Signer untrusted = stranger.timestampAuthority("Someone's time-stamping authority");
        byte[] bytes = consent().canonicalBytes();
        expectRefused(disclose(bytes, TestPki.timestamped(TestPki.sign(bytes, smbSigner), untrusted, now)),
                "untrusted-timestamp");
    }
}
