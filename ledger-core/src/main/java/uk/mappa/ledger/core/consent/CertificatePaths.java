package uk.mappa.ledger.core.consent;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** PKIX checks of a signing certificate against the deployment's trust anchors and CRLs. */
final class CertificatePaths {

    private CertificatePaths() {
    }

    /** Whether the certificate chains to one of the anchors, judged at {@code at}. */
    static boolean chainsToAnchor(X509Certificate certificate, TrustAnchors trust, Instant at) {
        return chainsTo(certificate, trust.anchors(), at);
    }

    /** Whether the certificate chains to one of these CAs, judged at {@code at}. */
    static boolean chainsTo(X509Certificate certificate, List<X509Certificate> cas, Instant at) {
        if (cas.isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> anchors = cas.stream().map(anchor -> new TrustAnchor(anchor, null))
                    .collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (GeneralSecurityException invalid) {
            return false;
        }
    }

    /** When a configured CRL, issued by the certificate's issuer, revoked it (if one did). */
    static Optional<Instant> revokedByCrl(X509Certificate certificate, TrustAnchors trust) {
        for (X509CRL crl : trust.revocationLists()) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()) || !signedByAnchor(crl, trust)) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return Optional.of(entry.getRevocationDate().toInstant());
            }
        }
        return Optional.empty();
    }

    private static boolean signedByAnchor(X509CRL crl, TrustAnchors trust) {
        for (X509Certificate anchor : trust.anchors()) {
            if (anchor.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                try {
                    crl.verify(anchor.getPublicKey());
                    return true;
                } catch (GeneralSecurityException notThisOne) {
                    // try the next anchor with the same name
                }
            }
        }
        return false;
    }

    static boolean validAt(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

}
