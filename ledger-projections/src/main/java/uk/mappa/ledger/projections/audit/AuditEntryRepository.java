package uk.mappa.ledger.projections.audit;

import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long>,
        JpaSpecificationExecutor<AuditEntryEntity> {

    /**
     * An event's own position in the event store. Read without writing the session's pending rows first (they are
     * the audit trail's, not the store's), so the batch's inserts still go to the database together.
     */
    @Query(nativeQuery = true, value = "select global_index from domain_event_entry where event_identifier = :eventId")
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Optional<Long> storedPosition(@Param("eventId") String eventId);

    /** A re-marking reaches every entry of the share, so its title is withheld from then on wherever it shows. */
    @Modifying(flushAutomatically = true)
    @Query("update AuditEntryEntity e set e.titleRestricted = :restricted where e.aggregateId = :shareId")
    void markTitles(@Param("shareId") String shareId, @Param("restricted") boolean restricted);
}
