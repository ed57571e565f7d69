package uk.mappa.ledger.projections.agreement;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegislativeChangeRepository extends JpaRepository<LegislativeChangeEntity, UUID> {

    /** Newest first; there are a handful a year. */
    List<LegislativeChangeEntity> findAllByOrderByRecordedAtDesc();
}
