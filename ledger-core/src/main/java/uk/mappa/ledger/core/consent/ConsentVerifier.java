package uk.mappa.ledger.core.consent;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks a provider's written consent: a CMS (PKCS#7) detached signature, as {@code openssl cms -sign
 * -binary -outform DER} makes, over exactly the consent document's bytes, by a certificate registered to
 * the provider that chains to a trust anchor and was neither expired nor revoked when it signed; and a
 * document that matches the share, has not expired and names what is being disclosed.
 */
public final class ConsentVerifier {

    /** The share the consent must be for. */
    public record ShareFacts(String shareId, String contentSha256, String provider) {
    }

    static final java.time.Duration SIGNING_TIME_PRECISION = java.time.Duration.ofSeconds(1);

    private final CertificateRegister certificates;
    private final TrustAnchors trust;

    public ConsentVerifier(CertificateRegister certificates, TrustAnchors trust) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /**
     * @param thirdParty the third party the discloser names, or null to take the document's
     * @param purpose    the purpose the discloser names, or null to take the document's
     */
    public ConsentCheck check(byte[] document, byte[] signature, ShareFacts share, String thirdParty, String purpose,
                              Instant now) {
        SignerInformation signer;
        X509Certificate certificate;
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(document), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return refuse("bad-signature", "The signature must have exactly one signer; it has " + signers.size() + ".");
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matching = signed.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
            if (matching.isEmpty()) {
                return refuse("unknown-signer", "The signature does not carry its signer's certificate; sign without"
                        + " -nocerts so the ledger can tell whose it is.");
            }
            certificate = new JcaX509CertificateConverter().getCertificate(matching.iterator().next());
            if (!CertificatePaths.validAt(certificate, signingTime(signer, now))) {
                // Checked before the signature, which Bouncy Castle refuses to verify with such a certificate.
                return refuse("certificate-expired", "The signer's certificate was not valid when it signed, at "
                        + signingTime(signer, now) + ".");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return refuse("bad-signature", "The signature does not verify over these consent document bytes.");
            }
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                 | IllegalArgumentException e) {
            return refuse("bad-signature", "The signature is not a valid CMS detached signature over these bytes: "
                    + e.getMessage());
        }
        Instant signedAt = signingTime(signer, now);
        String fingerprint = Certificates.fingerprint(certificate);
        RegisteredCertificate registered = certificates.find(fingerprint).orElse(null);
        if (registered == null) {
            return refuse("unknown-signer", "The signer's certificate " + fingerprint + " is not registered to any body.");
        }
        if (!registered.body().value().equals(share.provider())) {
            return refuse("wrong-signer-body", "The consent is signed with a certificate of " + registered.body()
                    + "; only the provider, " + share.provider() + ", can consent.");
        }
        if (!CertificatePaths.chainsToAnchor(certificate, trust, signedAt)) {
            return refuse("chain-not-trusted", "The signer's certificate does not chain to a trust anchor of this"
                    + " deployment.");
        }
        // Signing times are stated to the second: a signature within that second of a revocation is refused.
        Instant latestSigningTime = signedAt.plus(SIGNING_TIME_PRECISION);
        Instant crlRevocation = CertificatePaths.revokedByCrl(certificate, trust).orElse(null);
        if (registered.revokedBy(latestSigningTime)
                || (crlRevocation != null && !latestSigningTime.isBefore(crlRevocation))) {
            return refuse("certificate-revoked", "The signer's certificate was revoked before it signed, at " + signedAt + ".");
        }
        ConsentDocument consent;
        try {
            consent = ConsentDocument.parse(document);
        } catch (IllegalArgumentException e) {
            return refuse("invalid-consent-document", "The consent document is " + e.getMessage() + ".");
        }
        if (!consent.shareId().equals(share.shareId()) || !consent.contentSha256().equals(share.contentSha256())
                || !consent.provider().equals(share.provider())) {
            return refuse("consent-share-mismatch", "The consent is for share " + consent.shareId() + " with digest "
                    + consent.contentSha256() + " from " + consent.provider() + ", not for this share as it now stands.");
        }
        if (!consent.expires().isAfter(now)) {
            return refuse("consent-expired", "The consent expired at " + consent.expires() + ".");
        }
        if (thirdParty != null && !thirdParty.equals(consent.thirdPartyName())) {
            return refuse("consent-third-party-mismatch", "The consent names '" + consent.thirdPartyName()
                    + "' as the third party, not '" + thirdParty + "'.");
        }
        if (purpose != null && !purpose.equals(consent.purpose())) {
            return refuse("consent-purpose-mismatch", "The consent is for the purpose '" + consent.purpose()
                    + "', not '" + purpose + "'.");
        }
        return new ConsentCheck.Valid(consent, fingerprint, signedAt);
    }

    /** The signing time the signer attested, or now when the signature carries none. */
    private static Instant signingTime(SignerInformation signer, Instant now) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return now;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static ConsentCheck refuse(String code, String detail) {
        return new ConsentCheck.Refused(code, detail);
    }
}
