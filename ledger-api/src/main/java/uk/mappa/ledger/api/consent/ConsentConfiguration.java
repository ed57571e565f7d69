package uk.mappa.ledger.api.consent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mappa.ledger.core.consent.CertificateRegister;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.ConsentVerifier;
import uk.mappa.ledger.core.consent.EventSourcedCertificateRegister;
import uk.mappa.ledger.core.consent.SigningCertificate;
import uk.mappa.ledger.core.consent.TrustAnchors;

/**
 * The signature module: the trust anchors and revocation lists this deployment is configured with, and
 * the verifier of written consents.
 */
@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

    @Bean
    ConfigurerModule signingCertificates() {
        return configurer -> configurer.configureAggregate(SigningCertificate.class);
    }

    /**
     * Read once at start: {@code ledger.consent.trust-anchors} and {@code ledger.consent.crls} are
     * comma-separated PEM (or DER) files. A file that cannot be read stops the ledger from starting.
     */
    @Bean
    TrustAnchors trustAnchors(@Value("${ledger.consent.trust-anchors:}") List<String> anchorFiles,
                              @Value("${ledger.consent.crls:}") List<String> crlFiles) {
        List<X509Certificate> anchors = new ArrayList<>();
        for (String file : anchorFiles) {
            anchors.addAll(Certificates.parseAll(read(file, "trust anchor")));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String file : crlFiles) {
            crls.addAll(Certificates.parseCrls(read(file, "revocation list")));
        }
        List<X509Certificate> fixedAnchors = List.copyOf(anchors);
        List<X509CRL> fixedCrls = List.copyOf(crls);
        return new TrustAnchors() {
            @Override
            public List<X509Certificate> anchors() {
                return fixedAnchors;
            }

            @Override
            public List<X509CRL> revocationLists() {
                return fixedCrls;
            }
        };
    }

    @Bean
    CertificateRegister certificateRegister(EventStore eventStore) {
        return new EventSourcedCertificateRegister(eventStore);
    }

    @Bean
    ConsentVerifier consentVerifier(CertificateRegister certificates, TrustAnchors trust) {
        return new ConsentVerifier(certificates, trust);
    }

    private static byte[] read(String file, String what) {
        try {
            return Files.readAllBytes(Path.of(file.trim()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the " + what + " file '" + file.trim() + "': " + e.getMessage(), e);
        }
    }
}
