package uk.mappa.ledger.projections.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long>,
        JpaSpecificationExecutor<AuditEntryEntity> {
}
