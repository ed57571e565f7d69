package uk.mappa.ledger.api.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;
import uk.mappa.ledger.api.readmodel.ReadModels;

/**
 * How far each read model trails the event store, in events (Micrometer, at /actuator/prometheus): the
 * newest stored position less the position the projection has processed, on whichever node.
 */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final ReadModels models;
    private final ProjectionPositions positions;

    ProjectionMetrics(MeterRegistry registry, ReadModels models, ProjectionPositions positions) {
        this.registry = registry;
        this.models = models;
        this.positions = positions;
    }

    /** The processors exist once Axon has started them. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        models.all().forEach(model -> Gauge.builder("ledger.projection.lag", positions,
                        read -> Math.max(0, read.head() - Math.max(read.reached(model.name()), 0)))
                .tag("projection", model.name()).description("Stored events the read model has not processed yet")
                .register(registry));
    }
}
