package uk.mappa.ledger.projections.certificate;

import java.time.Instant;

/** A signing certificate a body registered, and whether and when it was revoked. */
public record CertificateView(String fingerprint, String bodyId, String subject, String issuer, String serialNumber,
                              Instant notBefore, Instant notAfter, Instant registeredAt, Instant revokedAt,
                              String revocationReason) {
}
