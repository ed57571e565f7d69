package uk.mappa.ledger.projections.certificate;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.consent.CertificateRegistered;
import uk.mappa.ledger.core.consent.CertificateRevocationBackdated;
import uk.mappa.ledger.core.consent.CertificateRevoked;

/** Each body's signing certificates, for listing them. */
@Component
@ProcessingGroup(CertificateProjection.NAME)
class CertificateProjection {

    static final String NAME = "certificates";

    private final CertificateRepository certificates;

    CertificateProjection(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @EventHandler
    void on(CertificateRegistered event, @Timestamp Instant at) {
        certificates.save(new CertificateEntity(new CertificateView(event.fingerprint(), event.body().value(),
                event.subject(), event.issuer(), event.serialNumber(), event.notBefore(), event.notAfter(), at, null,
                null)));
    }

    @EventHandler
    void on(CertificateRevoked event) {
        certificates.findById(event.fingerprint()).ifPresent(entity -> {
            entity.revoke(event.revokedAt(), event.reason());
            certificates.save(entity);
        });
    }

    @EventHandler
    void on(CertificateRevocationBackdated event) {
        certificates.findById(event.fingerprint()).ifPresent(entity -> {
            entity.revoke(event.revokedAt(), event.reason());
            certificates.save(entity);
        });
    }

    @ResetHandler
    void reset() {
        certificates.deleteAllInBatch();
    }

    @QueryHandler
    List<CertificateView> handle(FindCertificates query) {
        return certificates.findByBodyIdOrderByRegisteredAtDesc(query.body().value()).stream()
                .map(CertificateEntity::toView).toList();
    }
}
