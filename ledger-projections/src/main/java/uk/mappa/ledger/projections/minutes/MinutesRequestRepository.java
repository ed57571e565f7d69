package uk.mappa.ledger.projections.minutes;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MinutesRequestRepository extends JpaRepository<MinutesRequestEntity, String>,
        JpaSpecificationExecutor<MinutesRequestEntity> {
}
