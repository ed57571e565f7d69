package uk.mappa.ledger.projections.share;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareRecorded;

/** Each share as the API returns it, with everything that has happened to it. */
@Component
@ProcessingGroup(ShareProjection.NAME)
class ShareProjection {

    static final String NAME = "shares";

    private final ShareRepository shares;
    private final JsonMapper json = JsonMapper.builder().build();

    ShareProjection(ShareRepository shares) {
        this.shares = shares;
    }

    @EventHandler
    void on(ShareEvent event, @Timestamp Instant at) {
        UUID id = event.shareId().value();
        if (event instanceof ShareRecorded) {
            shares.save(new ShareEntity(id, json.writeValueAsString(ShareView.evolve(null, event, at))));
            return;
        }
        ShareEntity entity = shares.findById(id).orElseThrow(
                () -> new IllegalStateException("Share " + id + " changed before it was recorded"));
        entity.replace(json.writeValueAsString(ShareView.evolve(read(entity), event, at)));
        shares.save(entity);
    }

    @ResetHandler
    void reset() {
        shares.deleteAllInBatch();
    }

    @QueryHandler
    Optional<ShareView> handle(FindShare query) {
        return shares.findById(query.id().value()).map(this::read);
    }

    private ShareView read(ShareEntity entity) {
        return json.readValue(entity.viewJson(), ShareView.class);
    }
}
