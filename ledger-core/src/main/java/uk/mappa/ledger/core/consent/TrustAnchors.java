package uk.mappa.ledger.core.consent;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The certification authorities this deployment trusts for signing certificates, and any revocation
 * lists it has been given. Configuration, not history: each deployment chooses its own.
 */
public interface TrustAnchors {

    List<X509Certificate> anchors();

    List<X509CRL> revocationLists();

    /**
     * Time-stamping authorities (RFC 3161) whose time-stamps on a consent's signature the ledger believes: a
     * consent carrying one is judged at that time rather than when the ledger received it.
     */
    default List<X509Certificate> timestampAuthorities() {
        return List.of();
    }

    /**
     * CAs trusted to issue signing certificates for a particular body, by body id: a certificate one of them
     * issued belongs to that body whatever its subject says. Otherwise the subject's common name must be the
     * body's id.
     */
    default java.util.Map<String, List<X509Certificate>> bodyIssuers() {
        return java.util.Map.of();
    }
}
