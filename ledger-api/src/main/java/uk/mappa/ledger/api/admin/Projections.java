package uk.mappa.ledger.api.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.readmodel.ProjectionPositions;
import uk.mappa.ledger.api.readmodel.ReadModelRebuilds;
import uk.mappa.ledger.api.readmodel.ReadModels;
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

    private final ReadModels models;
    private final ProjectionPositions positions;
    private final ReadModelRebuilds rebuilds;

    Projections(ReadModels models, ProjectionPositions positions, ReadModelRebuilds rebuilds) {
        this.models = models;
        this.positions = positions;
        this.rebuilds = rebuilds;
    }

    public List<ProjectionStatus> list(Actor actor) {
        ReadAccess.requireAuditor(actor);
        long head = positions.head();
        Map<String, ReadModelRebuilds.State> rebuilding = rebuilds.states();
        return models.all().stream().map(model -> status(model, head, rebuilding)).toList();
    }

    /**
     * Rebuilds the projection from the whole history in the background, while the ledger keeps serving and its
     * readers keep seeing the view as it was until the rebuilt one replaces it ({@link ReadModelRebuilds}).
     */
    public ProjectionStatus replay(String name, Actor actor) {
        ReadAccess.requireAuditor(actor);
        ReadModels.ReadModel model = models.named(name).orElseThrow(() ->
                RuleViolation.notFound("projection-not-found", "There is no projection '" + name + "'; see GET"
                        + " /api/admin/projections."));
        rebuilds.start(model);
        return status(model, positions.head(), rebuilds.states());
    }

    /**
     * The state on this node of the processor that feeds the read model (and others), the position the read model has
     * reached on any node, and its rebuild on any node.
     */
    private ProjectionStatus status(ReadModels.ReadModel model, long head, Map<String, ReadModelRebuilds.State> rebuilds) {
        String name = model.name();
        StreamingEventProcessor processor = model.processor();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long reached = positions.reached(name);
        Long position = reached < 0 ? null : reached;
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError())).findFirst()
                .or(() -> Optional.ofNullable(rebuilds.get(name)).map(ReadModelRebuilds.State::failure)).orElse(null);
        boolean rebuilding = rebuilds.containsKey(name) && rebuilds.get(name).underWay();
        boolean caughtUp = !rebuilding && !segments.isEmpty()
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ProjectionStatus(name, processor.isRunning(), rebuilding, caughtUp, position, head, error);
    }
}
