package uk.mappa.ledger.projections.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "certificate_record")
class CertificateEntity {

    @Id
    private String fingerprint;
    @Column(name = "body_id")
    private String bodyId;
    private String subject;
    private String issuer;
    @Column(name = "serial_number")
    private String serialNumber;
    @Column(name = "not_before")
    private Instant notBefore;
    @Column(name = "not_after")
    private Instant notAfter;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revocation_reason")
    private String revocationReason;

    protected CertificateEntity() {
    }

    CertificateEntity(CertificateView view) {
        this.fingerprint = view.fingerprint();
        this.bodyId = view.bodyId();
        this.subject = view.subject();
        this.issuer = view.issuer();
        this.serialNumber = view.serialNumber();
        this.notBefore = view.notBefore();
        this.notAfter = view.notAfter();
        this.registeredAt = view.registeredAt();
    }

    void revoke(Instant at, String reason) {
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    CertificateView toView() {
        return new CertificateView(fingerprint, bodyId, subject, issuer, serialNumber, notBefore, notAfter,
                registeredAt, revokedAt, revocationReason);
    }
}
