package uk.mappa.ledger.projections.csods;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CsodsCaseRepository extends JpaRepository<CsodsCaseEntity, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<CsodsCaseEntity> {

    @Query("select c from CsodsCaseEntity c where :subject member of c.subjects")
    List<CsodsCaseEntity> findHolding(UUID subject);
}
