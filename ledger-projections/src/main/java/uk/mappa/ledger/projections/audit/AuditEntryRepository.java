package uk.mappa.ledger.projections.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long>,
        JpaSpecificationExecutor<AuditEntryEntity> {

    /** A re-marking reaches every entry of the share, so its title is withheld from then on wherever it shows. */
    @Modifying(flushAutomatically = true)
    @Query("update AuditEntryEntity e set e.titleRestricted = :restricted where e.aggregateId = :shareId")
    void markTitles(@Param("shareId") String shareId, @Param("restricted") boolean restricted);
}
