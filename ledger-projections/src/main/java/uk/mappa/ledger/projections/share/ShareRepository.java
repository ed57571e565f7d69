package uk.mappa.ledger.projections.share;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShareRepository extends JpaRepository<ShareEntity, UUID> {
}
