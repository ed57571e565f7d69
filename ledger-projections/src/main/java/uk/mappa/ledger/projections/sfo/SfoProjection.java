package uk.mappa.ledger.projections.sfo;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.sfo.SfoAcknowledged;
import uk.mappa.ledger.core.sfo.SfoEscalated;
import uk.mappa.ledger.core.sfo.SfoNotified;

/** SFO notifications and their escalations: the MAPPA co-ordinator's view of what is overdue. */
@Component
@ProcessingGroup(SfoProjection.NAME)
class SfoProjection {

    static final String NAME = "sfo-notifications";

    private final SfoRepository notifications;

    SfoProjection(SfoRepository notifications) {
        this.notifications = notifications;
    }

    @EventHandler
    void on(SfoNotified event) {
        notifications.save(new SfoEntity(SfoView.notified(event)));
    }

    @EventHandler
    void on(SfoAcknowledged event) {
        notifications.findById(event.notificationId()).ifPresent(entity -> {
            entity.acknowledge(event.acknowledgedAt());
            notifications.save(entity);
        });
    }

    @EventHandler
    void on(SfoEscalated event) {
        notifications.findById(event.notificationId()).ifPresent(entity -> {
            entity.escalate(event.to());
            notifications.save(entity);
        });
    }

    @ResetHandler
    void reset() {
        notifications.deleteAllInBatch();
    }

    @QueryHandler
    List<SfoView> handle(FindSfoNotifications query) {
        return notifications.findAllByOrderByNotifiedAtDesc().stream().map(SfoEntity::toView)
                .filter(view -> !query.escalatedOnly() || view.status().startsWith("ESCALATED"))
                .filter(view -> query.bodies() == null
                        || query.bodies().contains(new BodyId(view.smbBodyId()))
                        || query.bodies().contains(new BodyId(view.lscbBodyId())))
                .toList();
    }
}
