package uk.mappa.ledger.projections.foi;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FoiRequestRepository extends JpaRepository<FoiRequestEntity, String>,
        JpaSpecificationExecutor<FoiRequestEntity> {
}
