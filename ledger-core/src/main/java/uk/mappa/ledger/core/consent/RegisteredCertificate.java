package uk.mappa.ledger.core.consent;

import java.security.cert.X509Certificate;
import java.time.Instant;
import uk.mappa.ledger.core.body.BodyId;

/** A certificate in the ledger: whose it is, and since when it is revoked (null while it is not). */
public record RegisteredCertificate(String fingerprint, BodyId body, X509Certificate certificate, Instant revokedAt) {

    public boolean revokedBy(Instant instant) {
        return revokedAt != null && !instant.isBefore(revokedAt);
    }
}
