package uk.mappa.ledger.core.consent;

import java.security.cert.X509Certificate;
import java.util.Collection;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Proof that whoever registers a certificate holds its private key: a CMS detached signature, as {@code
 * openssl cms -sign -binary -outform DER} makes, over a challenge the ledger issued, made with that
 * certificate's key.
 */
public final class PossessionProof {

    private PossessionProof() {
    }

    public static boolean proves(X509Certificate certificate, byte[] challenge, byte[] signature) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(challenge), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return false;
            }
            SignerInformation signer = signers.iterator().next();
            return signer.getSID().match(new JcaX509CertificateHolder(certificate))
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception notAProof) {
            return false;
        }
    }
}
