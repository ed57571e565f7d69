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

    /** A time-stamping authority (RFC 3161) this CA certified: its certificate is for time-stamping only. */
    public Signer timestampAuthority(String name) {
        KeyPair keys = keyPair();
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), new X500Name("CN=" + name), keys.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true,
                    new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            return new Signer(new JcaX509CertificateConverter().getCertificate(builder.build(signer(caKeys.getPrivate()))),
                    keys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trust in this CA, its revocation lists, and these time-stamping authorities. */
    public TrustAnchors trustWithTimestamps(List<X509Certificate> authorities, X509CRL... crls) {
        TrustAnchors plain = trust(crls);
        return new TrustAnchors() {
            @Override
            public List<X509Certificate> anchors() {
                return plain.anchors();
            }

            @Override
            public List<X509CRL> revocationLists() {
                return plain.revocationLists();
            }

            @Override
            public List<X509Certificate> timestampAuthorities() {
                return authorities;
            }
        };
    }

    /** A CMS detached signature that claims to have been made at {@code signingTime}. */
    public static byte[] sign(byte[] content, Signer signer, Instant signingTime) {
        try {
            org.bouncycastle.asn1.cms.Attribute time = new org.bouncycastle.asn1.cms.Attribute(
                    org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                    new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.cms.Time(Date.from(signingTime))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(
                    new org.bouncycastle.asn1.cms.AttributeTable(time))).build(signer(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature with an RFC 3161 time-stamp over it, as CAdES attaches one, from {@code authority} at {@code at}. */
    public static byte[] timestamped(byte[] signature, Signer authority, Instant at) {
        try {
            org.bouncycastle.cms.CMSSignedData signed = new org.bouncycastle.cms.CMSSignedData(signature);
            org.bouncycastle.cms.SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
            org.bouncycastle.tsp.TimeStampTokenGenerator generator = new org.bouncycastle.tsp.TimeStampTokenGenerator(
                    new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA",
                            authority.key(), authority.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder().find("SHA-256")),
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            generator.addCertificates(new JcaCertStore(List.of(authority.certificate())));
            byte[] imprint = java.security.MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature());
            org.bouncycastle.tsp.TimeStampToken token = generator.generate(
                    new org.bouncycastle.tsp.TimeStampRequestGenerator().generate(
                            org.bouncycastle.tsp.TSPAlgorithms.SHA256, imprint),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(at));
            org.bouncycastle.asn1.cms.Attribute stamp = new org.bouncycastle.asn1.cms.Attribute(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new org.bouncycastle.asn1.DERSet(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(token.getEncoded())));
            org.bouncycastle.cms.SignerInformation stamped = org.bouncycastle.cms.SignerInformation
                    .replaceUnsignedAttributes(signerInfo, new org.bouncycastle.asn1.cms.AttributeTable(stamp));
            return org.bouncycastle.cms.CMSSignedData.replaceSigners(signed,
                    new org.bouncycastle.cms.SignerInformationStore(stamped)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
