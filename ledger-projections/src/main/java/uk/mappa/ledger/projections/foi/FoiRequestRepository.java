package uk.mappa.ledger.projections.foi;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FoiRequestRepository extends JpaRepository<FoiRequestEntity, String> {

    @Query("select r from FoiRequestEntity r where (:openOnly = false or r.status = 'OPEN') order by r.dueOn, r.id")
    List<FoiRequestEntity> findAllByDueOn(boolean openOnly);

    @Query("select r from FoiRequestEntity r where (:openOnly = false or r.status = 'OPEN') and r.id in"
            + " (select p.requestId from FoiPartyEntity p where p.bodyId in :bodies) order by r.dueOn, r.id")
    List<FoiRequestEntity> findConcerning(Collection<String> bodies, boolean openOnly);
}
