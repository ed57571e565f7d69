package uk.mappa.ledger.core.consent;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;

/**
 * A throwaway certification authority for tests: issues body certificates, revocation lists and CMS
 * detached signatures like {@code openssl cms -sign -binary -outform DER} makes. No key leaves the test.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(1000);

    public final KeyPair caKeys;
    public final X509Certificate caCertificate;

    /** A body's certificate and its private key. */
    public record Signer(X509Certificate certificate, PrivateKey key) {
    }

    public TestPki(String name) {
        caKeys = keyPair();
        Instant now = Instant.now();
        caCertificate = certificate(new X500Name("CN=" + name), caKeys.getPublic(), new X500Name("CN=" + name),
                caKeys.getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), true);
    }

    public Signer issue(String body) {
        Instant now = Instant.now();
        return issue(body, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    public Signer issue(String body, Instant notBefore, Instant notAfter) {
        KeyPair keys = keyPair();
        return new Signer(certificate(new X500Name("CN=" + body + ", O=Signing certificate"), keys.getPublic(),
                X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()), caKeys.getPrivate(),
                notBefore, notAfter, false), keys.getPrivate());
    }

    public X509CRL revocationList(X509Certificate revoked, Instant revokedAt) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()), Date.from(Instant.now()));
            builder.addCRLEntry(revoked.getSerialNumber(), Date.from(revokedAt), CRLReason.keyCompromise);
            builder.setNextUpdate(Date.from(Instant.now().plus(Duration.ofDays(7))));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public TrustAnchors trust(X509CRL... crls) {
        X509Certificate anchor = caCertificate;
        return new TrustAnchors() {
            @Override
            public List<X509Certificate> anchors() {
                return List.of(anchor);
            }

            @Override
            public List<X509CRL> revocationLists() {
                return List.of(crls);
            }
        };
    }

    /** A CMS detached signature over {@code content}, with the signer's certificate and a signing time. */
    public static byte[] sign(byte[] content, Signer signer) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(key);
    }

    private static X509Certificate certificate(X500Name subject, java.security.PublicKey publicKey, X500Name issuer,
                                               PrivateKey issuerKey, Instant notBefore, Instant notAfter, boolean ca) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    publicKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, ca
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
