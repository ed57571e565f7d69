package uk.mappa.ledger.projections.sfo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SfoRepository extends JpaRepository<SfoEntity, String> {

    List<SfoEntity> findAllByOrderByNotifiedAtDesc();
}
