package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HoldingRepository extends JpaRepository<HoldingEntity, HoldingEntity.Key> {

    List<HoldingEntity> findByKeyBodyIdAndDestroyedAtIsNullOrderByHeldSinceDesc(String bodyId);

    @Query("""
            select h from HoldingEntity h
            where h.role = 'RECIPIENT' and h.acknowledgedAt is null and h.withdrawnAt is null
              and h.destroyedAt is null and h.heldSince < :sharedBefore
            order by h.heldSince""")
    List<HoldingEntity> findUnacknowledgedSharedBefore(Instant sharedBefore);

    @Query("""
            select h from HoldingEntity h
            where h.role = 'RECIPIENT' and h.acknowledgedAt is null and h.withdrawnAt is null
              and h.destroyedAt is null and h.heldSince < :sharedBefore
              and (h.key.bodyId in :bodies or h.provider in :bodies)
            order by h.heldSince""")
    List<HoldingEntity> findUnacknowledgedSharedBefore(Instant sharedBefore, Collection<String> bodies);
}
