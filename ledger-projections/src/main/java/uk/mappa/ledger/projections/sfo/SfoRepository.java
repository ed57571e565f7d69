package uk.mappa.ledger.projections.sfo;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SfoRepository extends JpaRepository<SfoEntity, String>, JpaSpecificationExecutor<SfoEntity> {
}
