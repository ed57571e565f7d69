package uk.mappa.ledger.projections.certificate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<CertificateEntity, String> {

    List<CertificateEntity> findByBodyIdOrderByRegisteredAtDesc(String bodyId);
}
