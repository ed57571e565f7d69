package uk.mappa.ledger.core.consent;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** A body revoked one of its signing certificates: signatures made after {@code revokedAt} are refused. */
@Revision("1")
public record CertificateRevoked(String fingerprint, BodyId body, Instant revokedAt, String reason, String revokedBy)
        implements CertificateEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(body);
    }

    @Override
    public String summary() {
        return body + " revoked signing certificate " + fingerprint + " from " + revokedAt + ": " + reason;
    }
}
