package uk.mappa.ledger.projections.sfo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;
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
    SfoPage handle(FindSfoNotifications query) {
        Specification<SfoEntity> matching = (notification, criteria, builder) -> query.bodies() == null
                ? builder.conjunction()
                : builder.or(notification.get("smb").in(values(query.bodies())),
                        notification.get("lscb").in(values(query.bodies())));
        if (query.escalatedOnly()) {
            matching = matching.and((notification, criteria, builder) ->
                    builder.like(notification.get("status"), "ESCALATED%"));
        }
        if (query.after() != null) {
            matching = matching.and(query.after().nextInDescendingOrder("notifiedAt", Instant::parse, "id",
                    Function.identity()));
        }
        List<SfoView> found = notifications.findBy(matching, page -> page.sortBy(
                Sort.by(Sort.Direction.DESC, "notifiedAt", "id")).limit(query.size() + 1).all())
                .stream().map(SfoEntity::toView).toList();
        Page.Slice<SfoView> slice = Page.slice(found, query.size(),
                view -> new Keyset(view.notifiedAt().toString(), view.notificationId()).encode(SfoPage.LIST));
        return new SfoPage(slice.items(), slice.next());
    }

    private static List<String> values(Set<BodyId> bodies) {
        return bodies.stream().map(BodyId::value).toList();
    }
}
