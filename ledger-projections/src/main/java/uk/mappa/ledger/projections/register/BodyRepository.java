package uk.mappa.ledger.projections.register;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<BodyEntity, String> {

    List<BodyEntity> findAllByOrderByMappaAreaAscNameAsc();
}
