package uk.mappa.ledger.api.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;

/**
 * How far each read model trails the event store, in events (Micrometer, at /actuator/prometheus): the
 * newest stored position less the position the projection has processed, on whichever node.
 */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;

    ProjectionMetrics(MeterRegistry registry, EventProcessingConfiguration processing, ProjectionPositions positions) {
        this.registry = registry;
        this.processing = processing;
        this.positions = positions;
    }

    /** The processors exist once Axon has started them. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder("ledger.projection.lag", positions,
                                read -> Math.max(0, read.head() - Math.max(read.reached(name), 0)))
                        .tag("projection", name).description("Stored events the read model has not processed yet")
                        .register(registry);
            }
        });
    }
}
