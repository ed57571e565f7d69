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
}
