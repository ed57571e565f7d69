package uk.mappa.ledger.core.consent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * One X.509 certificate a body signs consents with, identified by its fingerprint, so a certificate
 * belongs to one body at most and its revocation is part of the ledger's history.
 */
public class SigningCertificate {

    static final String ID_PREFIX = "certificate:";
    /** How far a body's clock may run ahead of the ledger's. */
    static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(1);

    @AggregateIdentifier
    private String id;
    private BodyId body;
    private Instant revokedAt;

    protected SigningCertificate() {
        // for Axon
    }

    public static String aggregateId(String fingerprint) {
        return ID_PREFIX + fingerprint;
    }

    @CommandHandler
    public SigningCertificate(RegisterCertificate command, BodyRegister bodies, TrustAnchors trust) {
        X509Certificate certificate = command.certificate();
        if (!command.actor().actsFor(command.body(), Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-body-business-manager",
                    "Only a business manager of " + command.body() + " can register its certificates.");
        }
        if (bodies.find(command.body()).isEmpty()) {
            throw RuleViolation.notFound("body-not-found", "There is no body '" + command.body() + "' in the register.");
        }
        if (!CertificatePaths.validAt(certificate, command.registeredAt())) {
            throw RuleViolation.unprocessable("certificate-not-valid", "The certificate is valid from "
                    + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                    + ", not now.");
        }
        requireCertificateOfBody(certificate, command.body(), trust, command.registeredAt());
        if (!CertificatePaths.chainsToAnchor(certificate, trust, command.registeredAt())) {
            throw RuleViolation.unprocessable("chain-not-trusted", "The certificate does not chain to a trust anchor"
                    + " of this deployment (ledger.consent.trust-anchors).");
        }
        if (CertificatePaths.revokedByCrl(certificate, trust).isPresent()) {
            throw RuleViolation.unprocessable("certificate-revoked", "A revocation list of this deployment revokes"
                    + " the certificate.");
        }
        String fingerprint = Certificates.fingerprint(certificate);
        apply(new CertificateRegistered(fingerprint, command.body(), certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                Base64.getEncoder().encodeToString(Certificates.encoded(certificate)), command.actor().userId()));
    }

    @CommandHandler
    void handle(RevokeCertificate command) {
        if (!body.equals(command.body())) {
            throw RuleViolation.notFound("certificate-not-found", "Body " + command.body() + " has no such certificate.");
        }
        if (!command.actor().actsFor(body, Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-body-business-manager",
                    "Only a business manager of " + body + " can revoke its certificates.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.unprocessable("missing-reason", "A revocation needs a reason.");
        }
        if (command.revokedAt().isAfter(command.recordedAt().plus(CLOCK_TOLERANCE))) {
            throw RuleViolation.unprocessable("revocation-in-future", "A revocation records what has happened; "
                    + command.revokedAt() + " has not happened yet.");
        }
        String fingerprint = id.substring(ID_PREFIX.length());
        if (revokedAt == null) {
            apply(new CertificateRevoked(fingerprint, body, command.revokedAt(), command.reason().strip(),
                    command.actor().userId()));
        } else if (command.revokedAt().isBefore(revokedAt)) {
            apply(new CertificateRevocationBackdated(fingerprint, body, revokedAt, command.revokedAt(),
                    command.reason().strip(), command.actor().userId()));
        } else {
            throw RuleViolation.conflict("certificate-already-revoked", "The certificate is revoked already, from "
                    + revokedAt + "; only an earlier revocation time can be recorded now.");
        }
    }

    /**
     * The certificate must be the body's: its subject's common name is the body's id, or a CA this deployment
     * trusts to issue certificates for that body issued it.
     */
    private static void requireCertificateOfBody(X509Certificate certificate, BodyId body, TrustAnchors trust,
                                                 Instant at) {
        boolean named = Certificates.commonNames(certificate).contains(body.value());
        List<X509Certificate> issuers = trust.bodyIssuers().getOrDefault(body.value(), List.of());
        boolean issuedForBody = !issuers.isEmpty()
                && CertificatePaths.chainsTo(certificate, issuers, at);
        if (!named && !issuedForBody) {
            throw RuleViolation.unprocessable("certificate-not-of-body", "The certificate names "
                    + certificate.getSubjectX500Principal().getName() + "; a certificate of " + body + " has the common"
                    + " name " + body + ", or is issued by a CA this deployment trusts for " + body + ".");
        }
    }

    @EventSourcingHandler
    void on(CertificateRegistered event) {
        id = aggregateId(event.fingerprint());
        body = event.body();
    }

    @EventSourcingHandler
    void on(CertificateRevoked event) {
        revokedAt = event.revokedAt();
    }

    @EventSourcingHandler
    void on(CertificateRevocationBackdated event) {
        revokedAt = event.revokedAt();
    }
}
