package uk.mappa.ledger.core.consent;

import java.security.cert.X509Certificate;
import java.time.Instant;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A certificate in the ledger: whose it is, when it was registered, and since when it is revoked (null
 * while it is not) and why.
 */
public record RegisteredCertificate(String fingerprint, BodyId body, X509Certificate certificate, Instant registeredAt,
                                    Instant revokedAt, String revocationReason) {

    public boolean revokedBy(Instant instant) {
        return revokedAt != null && !instant.isBefore(revokedAt);
    }
}
