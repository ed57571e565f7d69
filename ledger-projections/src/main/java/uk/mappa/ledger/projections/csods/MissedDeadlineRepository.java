package uk.mappa.ledger.projections.csods;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissedDeadlineRepository extends JpaRepository<MissedDeadlineEntity, MissedDeadlineEntity.Key> {

    List<MissedDeadlineEntity> findByForceInOrderByKeyDueAtDesc(Collection<String> forces);

    List<MissedDeadlineEntity> findAllByOrderByKeyDueAtDesc();
}
