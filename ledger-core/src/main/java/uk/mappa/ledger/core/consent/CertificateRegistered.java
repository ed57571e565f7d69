package uk.mappa.ledger.core.consent;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A body registered an X.509 certificate it signs consents with.
 *
 * @param fingerprint    SHA-256 of the DER certificate, in hex
 * @param certificateDer the certificate itself (public material), base64
 */
@Revision("1")
public record CertificateRegistered(String fingerprint, BodyId body, String subject, String issuer, String serialNumber,
                                    Instant notBefore, Instant notAfter, String certificateDer, String registeredBy)
        implements CertificateEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(body);
    }

    @Override
    public String summary() {
        return body + " registered signing certificate " + fingerprint + " (" + subject + ", valid until " + notAfter + ")";
    }
}
