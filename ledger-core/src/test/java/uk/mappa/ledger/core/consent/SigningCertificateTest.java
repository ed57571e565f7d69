package uk.mappa.ledger.core.consent;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;

class SigningCertificateTest {

    final TestPki pki = new TestPki("Test Ledger CA");
    final TestPki stranger = new TestPki("Someone Else's CA");
    final Instant now = Instant.now();
    FixtureConfiguration<SigningCertificate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SigningCertificate.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(pki.trust());
    }

    CertificateRegistered registered(TestPki.Signer signer) {
        var certificate = signer.certificate();
        return new CertificateRegistered(Certificates.fingerprint(certificate), SMB,
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                Base64.getEncoder().encodeToString(Certificates.encoded(certificate)), "manager.merseyside-smb");
    }

    @Test
    void aBusinessManagerRegistersACertificateIssuedByATrustAnchor() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, signer.certificate(), now, SMB_MANAGER))
                .expectEvents(registered(signer));
    }

    @Test
    void refusesACertificateFromAnUntrustedAuthority() {
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, stranger.issue("merseyside-smb").certificate(), now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("chain-not-trusted"));
    }

    @Test
    void refusesACertificateNotValidNow() {
        TestPki.Signer expired = pki.issue("merseyside-smb", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, expired.certificate(), now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("certificate-not-valid"));
    }

    @Test
    void refusesACertificateRevokedByAConfiguredCrl() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        fixture = new AggregateTestFixture<>(SigningCertificate.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(pki.trust(pki.revocationList(signer.certificate(), now.minusSeconds(60))));
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, signer.certificate(), now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("certificate-revoked"));
    }

    @Test
    void onlyTheBodysOwnBusinessManagerRegistersOrRevokes() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, signer.certificate(), now, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-body-business-manager"));
        String id = SigningCertificate.aggregateId(Certificates.fingerprint(signer.certificate()));
        fixture.given(registered(signer))
                .when(new RevokeCertificate(id, SMB, now, "Key compromised", now, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-body-business-manager"));
    }

    @Test
    void revocationIsRecordedOnceWithItsReason() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        String fingerprint = Certificates.fingerprint(signer.certificate());
        String id = SigningCertificate.aggregateId(fingerprint);
        CertificateRevoked revoked = new CertificateRevoked(fingerprint, SMB, now, "Key compromised",
                "manager.merseyside-smb");
        fixture.given(registered(signer))
                .when(new RevokeCertificate(id, SMB, now, "Key compromised", now, SMB_MANAGER))
                .expectEvents(revoked);
        fixture.given(registered(signer), revoked)
                .when(new RevokeCertificate(id, SMB, now, "again", now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("certificate-already-revoked"));
    }

    @Test
    void aRevocationNeedsAReasonAndTheOwningBody() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        String id = SigningCertificate.aggregateId(Certificates.fingerprint(signer.certificate()));
        fixture.given(registered(signer))
                .when(new RevokeCertificate(id, SMB, now, " ", now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("missing-reason"));
        fixture.given(registered(signer))
                .when(new RevokeCertificate(id, Fixtures.KNOWSLEY, now, "x", now, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("certificate-not-found"));
    }

    @Test
    void aCertificateMustNameTheBodyOrComeFromACaTrustedForIt() {
        TestPki.Signer knowsleys = pki.issue("knowsley-lscb");
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, knowsleys.certificate(), now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("certificate-not-of-body"));

        TestPki smbCa = new TestPki("Merseyside SMB issuing CA");
        TestPki.Signer issuedForSmb = smbCa.issue("Signing service 7");
        TrustAnchors trustsSmbCa = new TrustAnchors() {
            @Override
            public java.util.List<java.security.cert.X509Certificate> anchors() {
                return java.util.List.of(pki.caCertificate, smbCa.caCertificate);
            }

            @Override
            public java.util.List<java.security.cert.X509CRL> revocationLists() {
                return java.util.List.of();
            }

            @Override
            public java.util.Map<String, java.util.List<java.security.cert.X509Certificate>> bodyIssuers() {
                return java.util.Map.of("merseyside-smb", java.util.List.of(smbCa.caCertificate));
            }
        };
        fixture = new AggregateTestFixture<>(SigningCertificate.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(trustsSmbCa);
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(SMB, issuedForSmb.certificate(), now, SMB_MANAGER))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(Fixtures.KNOWSLEY, issuedForSmb.certificate(), now, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("certificate-not-of-body"));
    }

    @Test
    void aRevocationCannotLieInTheFuture() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        String id = SigningCertificate.aggregateId(Certificates.fingerprint(signer.certificate()));
        fixture.given(registered(signer))
                .when(new RevokeCertificate(id, SMB, now.plus(Duration.ofHours(1)), "Planned", now, SMB_MANAGER))
                .expectNoEvents().expectException(violation("revocation-in-future"));
    }

    @Test
    void anEarlierRevocationTimeIsRecordedLaterAsACorrection() {
        TestPki.Signer signer = pki.issue("merseyside-smb");
        String fingerprint = Certificates.fingerprint(signer.certificate());
        String id = SigningCertificate.aggregateId(fingerprint);
        CertificateRevoked revoked = new CertificateRevoked(fingerprint, SMB, now, "Key compromised",
                "manager.merseyside-smb");
        Instant earlier = now.minus(Duration.ofDays(2));
        fixture.given(registered(signer), revoked)
                .when(new RevokeCertificate(id, SMB, earlier, "Compromised since the break-in", now, SMB_MANAGER))
                .expectEvents(new CertificateRevocationBackdated(fingerprint, SMB, now, earlier,
                        "Compromised since the break-in", "manager.merseyside-smb"));
    }

    @Test
    void refusesACertificateForABodyNotInTheRegister() {
        uk.mappa.ledger.core.body.BodyId atlantis = new uk.mappa.ledger.core.body.BodyId("atlantis-lscb");
        fixture.givenNoPriorActivity()
                .when(RegisterCertificate.of(atlantis, pki.issue("atlantis").certificate(), now,
                        Fixtures.manager(atlantis)))
                .expectNoEvents().expectException(violation("body-not-found"));
    }
}
