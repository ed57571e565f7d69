package uk.mappa.ledger.projections.audit;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShareContextRepository extends JpaRepository<ShareContextEntity, UUID> {
}
