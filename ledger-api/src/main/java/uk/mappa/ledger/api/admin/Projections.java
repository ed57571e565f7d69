package uk.mappa.ledger.api.admin;

import java.util.Collection;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;
import uk.mappa.ledger.api.readmodel.ReadModelRebuilds;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.rule.RuleViolation;

/** The read models' progress, and rebuilding one from the history: for auditors, from the API or the console. */
@Component
public class Projections {

    /**
     * A projection's progress.
     *
     * @param position     the global position it has processed up to
     * @param headPosition the global position of the newest stored event
     */
    public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, Long position,
                                   Long headPosition, String error) {
    }

    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;
    private final ReadModelRebuilds rebuilds;

    Projections(EventProcessingConfiguration processing, ProjectionPositions positions, ReadModelRebuilds rebuilds) {
        this.processing = processing;
        this.positions = positions;
        this.rebuilds = rebuilds;
    }

    public List<ProjectionStatus> list(Actor actor) {
        ReadAccess.requireAuditor(actor);
        long head = positions.head();
        return processing.eventProcessors().keySet().stream().sorted()
                .map(name -> status(name, processor(name), head))
                .toList();
    }

    /**
     * Rebuilds the projection from the whole history in the background, while the ledger keeps serving and its
     * readers keep seeing the view as it was until the rebuilt one replaces it ({@link ReadModelRebuilds}).
     */
    public ProjectionStatus replay(String name, Actor actor) {
        ReadAccess.requireAuditor(actor);
        StreamingEventProcessor processor = processor(name);
        rebuilds.start(processor);
        return status(name, processor, positions.head());
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(() ->
                RuleViolation.notFound("projection-not-found", "There is no projection '" + name + "'; see GET"
                        + " /api/admin/projections."));
    }

    /** The processor's state on this node, and the position the projection has reached on any node. */
    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long reached = positions.reached(name);
        Long position = reached < 0 ? null : reached;
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError())).findFirst()
                .or(() -> rebuilds.failure(name)).orElse(null);
        boolean rebuilding = rebuilds.rebuilding(name);
        boolean caughtUp = !rebuilding && !segments.isEmpty()
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ProjectionStatus(name, processor.isRunning(), rebuilding, caughtUp, position, head, error);
    }
}
