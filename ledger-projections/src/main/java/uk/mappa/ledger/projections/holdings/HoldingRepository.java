package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every list is read by keyset (index holding_page for a body's copies), a page and one more at a time. */
interface HoldingRepository extends JpaRepository<HoldingEntity, HoldingEntity.Key> {

    /** A body's copies not destroyed, newest first, after (older than) a copy. */
    @Query("""
            select h from HoldingEntity h
            where h.key.bodyId = :body and h.destroyedAt is null
              and (h.heldSince < :since or (h.heldSince = :since and h.key.shareId < :share))
            order by h.heldSince desc, h.key.shareId desc""")
    List<HoldingEntity> findHeld(String body, Instant since, UUID share, Limit limit);

    @Query("""
            select h from HoldingEntity h
            where h.role = 'RECIPIENT' and h.acknowledgedAt is null and h.withdrawnAt is null
              and h.destroyedAt is null and h.heldSince < :sharedBefore
              and (h.heldSince > :since or (h.heldSince = :since and (h.key.shareId > :share
                   or (h.key.shareId = :share and h.key.bodyId > :body))))
            order by h.heldSince, h.key.shareId, h.key.bodyId""")
    List<HoldingEntity> findUnacknowledgedSharedBefore(Instant sharedBefore, Instant since, UUID share, String body,
                                                       Limit limit);

    @Query("""
            select h from HoldingEntity h
            where h.role = 'RECIPIENT' and h.acknowledgedAt is null and h.withdrawnAt is null
              and h.destroyedAt is null and h.heldSince < :sharedBefore
              and (h.key.bodyId in :bodies or h.provider in :bodies)
              and (h.heldSince > :since or (h.heldSince = :since and (h.key.shareId > :share
                   or (h.key.shareId = :share and h.key.bodyId > :body))))
            order by h.heldSince, h.key.shareId, h.key.bodyId""")
    List<HoldingEntity> findUnacknowledgedSharedBefore(Instant sharedBefore, Collection<String> bodies, Instant since,
                                                       UUID share, String body, Limit limit);

    /** Copies held past their retention, longest overdue first (index holding_by_retention). */
    @Query("""
            select h from HoldingEntity h
            where h.retainUntil < :now and h.destroyedAt is null
            order by h.retainUntil, h.key.shareId, h.key.bodyId""")
    List<HoldingEntity> findPastRetention(Instant now, Limit limit);

    @Query("""
            select h from HoldingEntity h
            where h.retainUntil < :now and h.destroyedAt is null and h.key.bodyId in :bodies
            order by h.retainUntil, h.key.shareId, h.key.bodyId""")
    List<HoldingEntity> findPastRetention(Instant now, Collection<String> bodies, Limit limit);

    /**
     * The providers' copies of one document, most recent share date first, after (older than) a share (index
     * holding_by_content).
     */
    @Query("""
            select p from HoldingEntity p
            where p.contentSha256 = :content and p.role = 'PROVIDER'
              and (p.heldSince < :since or (p.heldSince = :since and p.key.shareId < :share))
            order by p.heldSince desc, p.key.shareId desc""")
    List<HoldingEntity> findProvidedContent(String content, Instant since, UUID share, Limit limit);

    /** The same, only of shares that one of these bodies provided or holds a copy of. */
    @Query("""
            select p from HoldingEntity p
            where p.contentSha256 = :content and p.role = 'PROVIDER'
              and exists (select h from HoldingEntity h where h.key.shareId = p.key.shareId and h.key.bodyId in :bodies)
              and (p.heldSince < :since or (p.heldSince = :since and p.key.shareId < :share))
            order by p.heldSince desc, p.key.shareId desc""")
    List<HoldingEntity> findProvidedContent(String content, Collection<String> bodies, Instant since, UUID share,
                                            Limit limit);

    List<HoldingEntity> findByKeyShareIdIn(Collection<UUID> shares);
}
