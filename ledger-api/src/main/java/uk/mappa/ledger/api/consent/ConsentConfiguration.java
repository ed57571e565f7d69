package uk.mappa.ledger.api.consent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
     * Read once at start: {@code ledger.consent.trust-anchors}, {@code ledger.consent.crls} and {@code
     * ledger.consent.timestamp-authorities} are comma-separated PEM (or DER) files, and {@code
     * ledger.consent.body-issuers.<body id>} the CAs trusted to issue that body's certificates. A file that
     * cannot be read stops the ledger from starting.
     */
    @Bean
    TrustAnchors trustAnchors(@Value("${ledger.consent.trust-anchors:}") List<String> anchorFiles,
                              @Value("${ledger.consent.crls:}") List<String> crlFiles,
                              @Value("${ledger.consent.timestamp-authorities:}") List<String> authorityFiles,
                              Environment environment) {
        List<X509Certificate> anchors = certificates(anchorFiles, "trust anchor");
        List<X509CRL> crls = new ArrayList<>();
        for (String file : crlFiles) {
            crls.addAll(Certificates.parseCrls(read(file, "revocation list")));
        }
        List<X509Certificate> authorities = certificates(authorityFiles, "time-stamping authority");
        Map<String, List<X509Certificate>> bodyIssuers = new LinkedHashMap<>();
        Binder.get(environment).bind("ledger.consent.body-issuers", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .forEach((body, files) -> bodyIssuers.put(body, certificates(List.of(files.split(",")), "issuing CA")));
        List<X509CRL> fixedCrls = List.copyOf(crls);
        return new TrustAnchors() {
            @Override
            public List<X509Certificate> anchors() {
                return anchors;
            }

            @Override
            public List<X509CRL> revocationLists() {
                return fixedCrls;
            }

            @Override
            public List<X509Certificate> timestampAuthorities() {
                return authorities;
            }

            @Override
            public Map<String, List<X509Certificate>> bodyIssuers() {
                return bodyIssuers;
            }
        };
    }

    private static List<X509Certificate> certificates(List<String> files, String what) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (String file : files) {
            if (!file.isBlank()) {
                certificates.addAll(Certificates.parseAll(read(file, what)));
            }
        }
        return List.copyOf(certificates);
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
