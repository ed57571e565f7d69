package uk.mappa.ledger.projections.minutes;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesRequestRepository extends JpaRepository<MinutesRequestEntity, String> {

    List<MinutesRequestEntity> findAllByOrderByReceivedOnDescIdAsc();

    @Query("select r from MinutesRequestEntity r where r.smb in :bodies or r.chairBody in :bodies"
            + " or r.requesterBody in :bodies order by r.receivedOn desc, r.id")
    List<MinutesRequestEntity> findConcerning(Collection<String> bodies);
}
