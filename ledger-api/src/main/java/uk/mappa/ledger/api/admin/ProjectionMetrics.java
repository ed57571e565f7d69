package uk.mappa.ledger.api.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each read model trails the event store, in events (Micrometer, at /actuator/prometheus): the
 * newest stored position less the position the projection has processed.
 */
@Component
class ProjectionMetrics {

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProjectionMetrics(MeterRegistry registry, EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.registry = registry;
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** The processors exist once Axon has started them. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("ledger.projection.lag", streaming, this::lag).tag("projection", name)
                        .description("Stored events the read model has not processed yet").register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        if (head == null) {
            return 0;
        }
        return Math.max(0, head - ProjectionAdminController.position(processor).orElse(-1));
    }
}
