package uk.mappa.ledger.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Certificates and revocation lists read from PEM or DER, and proof that a registrant holds the key. */
class CertificatesTest {

    final TestPki pki = new TestPki("Test CA");
    final TestPki.Signer smb = pki.issue("merseyside-smb");
    final TestPki.Signer knowsley = pki.issue("knowsley-lscb");

    @Test
    void certificatesReadFromPemOrDerOneOrSeveral() {
        String pem = Certificates.pem(smb.certificate());
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----").contains("-----END CERTIFICATE-----");
        assertThat(Certificates.parseOne(pem.getBytes(StandardCharsets.US_ASCII))).isEqualTo(smb.certificate());
        assertThat(Certificates.parseOne(Certificates.encoded(smb.certificate()))).isEqualTo(smb.certificate());
        assertThat(Certificates.fromDer(Certificates.encoded(knowsley.certificate()))).isEqualTo(knowsley.certificate());
        byte[] two = (pem + Certificates.pem(knowsley.certificate())).getBytes(StandardCharsets.US_ASCII);
        assertThat(Certificates.parseAll(two)).containsExactly(smb.certificate(), knowsley.certificate());
        assertThatIllegalArgumentException().isThrownBy(() -> Certificates.parseOne(two));
        assertThatIllegalArgumentException().isThrownBy(() -> Certificates.parseOne("hello".getBytes()));
    }

    @Test
    void revocationListsReadFromPemOrDer() throws Exception {
        var crl = pki.revocationList(smb.certificate(), Instant.now());
        assertThat(Certificates.parseCrls(crl.getEncoded())).containsExactly(crl);
        String pem = "-----BEGIN X509 CRL-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(crl.getEncoded()) + "\n-----END X509 CRL-----\n";
        assertThat(Certificates.parseCrls(pem.getBytes(StandardCharsets.US_ASCII))).containsExactly(crl);
    }

    @Test
    void aFingerprintIsTheSha256OfTheCertificate() throws Exception {
        assertThat(Certificates.fingerprint(smb.certificate())).hasSize(64)
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(smb.certificate().getEncoded())))
                .isNotEqualTo(Certificates.fingerprint(knowsley.certificate()));
        assertThat(Certificates.commonNames(smb.certificate())).containsExactly("merseyside-smb");
    }

    @Test
    void possessionIsProvedOnlyByASignatureOverTheChallengeWithTheCertificatesOwnKey() {
        byte[] challenge = "a1b2c3".getBytes(StandardCharsets.US_ASCII);
        assertThat(PossessionProof.proves(smb.certificate(), challenge, TestPki.sign(challenge, smb))).isTrue();
        assertThat(PossessionProof.proves(smb.certificate(), challenge, TestPki.sign(challenge, knowsley))).isFalse();
        assertThat(PossessionProof.proves(smb.certificate(), "other".getBytes(), TestPki.sign(challenge, smb)))
                .isFalse();
        assertThat(PossessionProof.proves(smb.certificate(), challenge, "not a signature".getBytes())).isFalse();
        TestPki.Signer sameNameOtherKey = pki.issue("merseyside-smb");
        assertThat(PossessionProof.proves(sameNameOtherKey.certificate(), challenge, TestPki.sign(challenge, smb)))
                .isFalse();
    }
}
