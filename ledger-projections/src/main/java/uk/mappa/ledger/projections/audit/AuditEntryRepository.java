package uk.mappa.ledger.projections.audit;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long>,
        JpaSpecificationExecutor<AuditEntryEntity> {

    /** An event's identifier and its own position in the event store. */
    interface StoredPosition {
        String getEventId();

        long getPosition();
    }

    /**
     * Events' own positions in the event store, for a batch of them in one query. Read without writing the
     * session's pending rows first (they are the audit trail's, not the store's), so the batch's inserts still go to
     * the database together.
     */
    @Query(nativeQuery = true, value = "select event_identifier as eventId, global_index as position"
            + " from domain_event_entry where event_identifier in (:eventIds)")
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    List<StoredPosition> storedPositions(@Param("eventIds") Collection<String> eventIds);

    /** A re-marking reaches every entry of the share, so its title is withheld from then on wherever it shows. */
    @Modifying(flushAutomatically = true)
    @Query("update AuditEntryEntity e set e.titleRestricted = :restricted where e.aggregateId = :shareId")
    void markTitles(@Param("shareId") String shareId, @Param("restricted") boolean restricted);
}
