package uk.mappa.ledger.projections.share;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.share.ShareRecorded;

/** Each recorded share, as the API returns it. */
@Component
@ProcessingGroup(ShareProjection.NAME)
class ShareProjection {

    static final String NAME = "shares";

    private final ShareRepository shares;

    ShareProjection(ShareRepository shares) {
        this.shares = shares;
    }

    @EventHandler
    void on(ShareRecorded event, @Timestamp Instant recordedAt) {
        shares.save(new ShareEntity(ShareView.of(event, recordedAt)));
    }

    @ResetHandler
    void reset() {
        shares.deleteAll();
    }

    @QueryHandler
    Optional<ShareView> handle(FindShare query) {
        return shares.findById(query.id().value()).map(ShareEntity::toView);
    }
}
