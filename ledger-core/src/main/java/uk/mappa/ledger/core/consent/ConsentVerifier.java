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
 * the provider that chains to a trust anchor and is neither expired nor revoked when the ledger receives
 * the consent (or at a trusted RFC 3161 time-stamp on the signature); and a document that matches the
 * share, has not expired and names what is being disclosed. Whether the consent is used by the body it
 * names, and only once, is the share's own rule.
 */
public final class ConsentVerifier {

    /** The share the consent must be for. */
    public record ShareFacts(String shareId, String contentSha256, String provider) {
    }

    static final java.time.Duration SIGNING_TIME_PRECISION = java.time.Duration.ofSeconds(1);
    /** How far a signer's clock may run ahead of the ledger's. */
    static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(1);

    private final CertificateRegister certificates;
    private final TrustAnchors trust;

    public ConsentVerifier(CertificateRegister certificates, TrustAnchors trust) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /**
     * Judges a consent when the ledger receives it: expiry and revocation at that time, or at the time an
     * RFC 3161 time-stamp from a trusted authority proves the signature existed; never at the signing time
     * the signer wrote into the signature, which is only checked for plausibility (not in the future, not
     * before the certificate was registered).
     *
     * @param thirdParty the third party the discloser names, or null to take the document's
     * @param purpose    the purpose the discloser names, or null to take the document's
     * @param receivedAt when the ledger received the consent
     */
    public ConsentCheck check(byte[] document, byte[] signature, ShareFacts share, String thirdParty, String purpose,
                              Instant receivedAt) {
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
        } catch (CMSException | java.security.cert.CertificateException | IllegalArgumentException e) {
            return refuse("bad-signature", "The signature is not a valid CMS detached signature over these bytes: "
                    + e.getMessage());
        }
        String fingerprint = Certificates.fingerprint(certificate);
        RegisteredCertificate registered = certificates.find(fingerprint).orElse(null);
        if (registered == null) {
            return refuse("unknown-signer", "The signer's certificate " + fingerprint + " is not registered to any body.");
        }
        if (!registered.body().value().equals(share.provider())) {
            return refuse("wrong-signer-body", "The consent is signed with a certificate of " + registered.body()
                    + "; only the provider, " + share.provider() + ", can consent.");
        }
        Instant claimed = signingTime(signer);
        if (claimed != null && claimed.isAfter(receivedAt.plus(CLOCK_TOLERANCE))) {
            return refuse("signing-time-in-future", "The signature says it was made at " + claimed
                    + ", after the ledger received it.");
        }
        Instant judgedAt;
        try {
            judgedAt = SignatureTimestamp.of(signer, trust).orElse(receivedAt);
        } catch (IllegalArgumentException e) {
            return refuse("untrusted-timestamp", "The signature's RFC 3161 time-stamp is refused: " + e.getMessage() + ".");
        }
        // Signing times are stated to the second.
        if ((claimed != null && claimed.plus(SIGNING_TIME_PRECISION).isBefore(registered.registeredAt()))
                || judgedAt.plus(SIGNING_TIME_PRECISION).isBefore(registered.registeredAt())) {
            return refuse("signed-before-registration", "The signature predates the registration of its certificate"
                    + " on " + registered.registeredAt() + ".");
        }
        if (!CertificatePaths.validAt(certificate, judgedAt)) {
            return refuse("certificate-expired", "The signer's certificate is valid from "
                    + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                    + ", not at " + judgedAt + ".");
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return refuse("bad-signature", "The signature does not verify over these consent document bytes.");
            }
        } catch (CMSException | OperatorCreationException e) {
            return refuse("bad-signature", "The signature does not verify over these bytes: " + e.getMessage());
        }
        if (!CertificatePaths.chainsToAnchor(certificate, trust, judgedAt)) {
            return refuse("chain-not-trusted", "The signer's certificate does not chain to a trust anchor of this"
                    + " deployment.");
        }
        Instant crlRevocation = CertificatePaths.revokedByCrl(certificate, trust).orElse(null);
        if (registered.revokedBy(judgedAt) || (crlRevocation != null && !judgedAt.isBefore(crlRevocation))) {
            return refuse("certificate-revoked", "The signer's certificate was revoked before " + judgedAt + ".");
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
        if (!consent.expires().isAfter(receivedAt)) {
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
        return new ConsentCheck.Valid(consent, fingerprint, judgedAt);
    }

    /** The signing time the signer attested, or null when the signature carries none. */
    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static ConsentCheck refuse(String code, String detail) {
        return new ConsentCheck.Refused(code, detail);
    }
}
