package uk.mappa.ledger.core.consent;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamp on a CMS signature, as CAdES attaches it (the unsigned attribute
 * id-aa-signatureTimeStampToken): proof from a time-stamping authority that the signature existed at a
 * time. Believed only when a configured authority signed it and it stamps exactly this signature.
 */
final class SignatureTimestamp {

    private SignatureTimestamp() {
    }

    /**
     * The time the signature was stamped at, or empty when it carries no time-stamp.
     *
     * @throws IllegalArgumentException when it carries one that is not valid or not from a trusted authority
     */
    static Optional<Instant> of(SignerInformation signer, TrustAnchors trust) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(value));
            X509Certificate authority = trust.timestampAuthorities().stream()
                    .filter(candidate -> matches(token, candidate)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the time-stamp is not from a time-stamping"
                            + " authority this deployment trusts"));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
            if (!Arrays.equals(digest(token, signer.getSignature()), token.getTimeStampInfo().getMessageImprintDigest())) {
                throw new IllegalArgumentException("the time-stamp is for another signature");
            }
            return Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("the time-stamp does not verify: " + e.getMessage(), e);
        }
    }

    private static boolean matches(TimeStampToken token, X509Certificate candidate) {
        try {
            return token.getSID().match(new JcaX509CertificateHolder(candidate));
        } catch (java.security.cert.CertificateEncodingException e) {
            return false;
        }
    }

    private static byte[] digest(TimeStampToken token, byte[] signature) throws Exception {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build()
                .get(token.getTimeStampInfo().getHashAlgorithm());
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(signature);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return calculator.getDigest();
    }
}
