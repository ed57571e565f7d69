package uk.mappa.ledger.core.consent;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** The registered certificates, read straight from the event store. */
public final class EventSourcedCertificateRegister implements CertificateRegister {

    private final EventStore eventStore;

    public EventSourcedCertificateRegister(EventStore eventStore) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
    }

    @Override
    public Optional<RegisteredCertificate> find(String fingerprint) {
        DomainEventStream stream = eventStore.readEvents(SigningCertificate.aggregateId(fingerprint));
        RegisteredCertificate found = null;
        while (stream.hasNext()) {
            var message = stream.next();
            Object payload = message.getPayload();
            if (payload instanceof CertificateRegistered registered) {
                found = new RegisteredCertificate(registered.fingerprint(), registered.body(),
                        Certificates.fromDer(Base64.getDecoder().decode(registered.certificateDer())),
                        message.getTimestamp(), null, null);
            } else if (payload instanceof CertificateRevoked revoked && found != null) {
                found = new RegisteredCertificate(found.fingerprint(), found.body(), found.certificate(),
                        found.registeredAt(), revoked.revokedAt(), revoked.reason());
            } else if (payload instanceof CertificateRevocationBackdated backdated && found != null) {
                found = new RegisteredCertificate(found.fingerprint(), found.body(), found.certificate(),
                        found.registeredAt(), backdated.revokedAt(), backdated.reason());
            }
        }
        return Optional.ofNullable(found);
    }
}
