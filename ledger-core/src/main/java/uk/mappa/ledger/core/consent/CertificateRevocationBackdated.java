package uk.mappa.ledger.core.consent;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A body found that its certificate was compromised earlier than the revocation it recorded: a correction
 * that moves the revocation back, so that signatures judged after {@code revokedAt} are refused. The original
 * revocation stays in the history.
 */
@Revision("1")
public record CertificateRevocationBackdated(String fingerprint, BodyId body, Instant previousRevokedAt,
                                             Instant revokedAt, String reason, String correctedBy)
        implements CertificateEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(body);
    }

    @Override
    public String summary() {
        return body + " moved the revocation of signing certificate " + fingerprint + " back from " + previousRevokedAt
                + " to " + revokedAt + ": " + reason;
    }
}
