package uk.mappa.ledger.projections.minutes;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesDisclosureRepository extends JpaRepository<MinutesDisclosureEntity, String> {

    List<MinutesDisclosureEntity> findByRequestIdIn(Collection<String> requests);
}
