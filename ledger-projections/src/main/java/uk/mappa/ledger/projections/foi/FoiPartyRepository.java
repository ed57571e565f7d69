package uk.mappa.ledger.projections.foi;

import org.springframework.data.jpa.repository.JpaRepository;

interface FoiPartyRepository extends JpaRepository<FoiPartyEntity, FoiPartyEntity.Key> {
}
