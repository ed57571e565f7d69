package uk.mappa.ledger.projections.holdings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoldingRepository extends JpaRepository<HoldingEntity, HoldingEntity.Key> {

    List<HoldingEntity> findByKeyBodyIdOrderByHeldSinceDesc(String bodyId);
}
