package uk.mappa.ledger.projections.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyEvent;

/**
 * The register of bodies as a table, for listing and for looking up names and areas. Every read that decides who
 * may see what needs the whole register, so the list is kept in memory and reused for as long as the table's
 * version (one primary-key read, moved on by every change on whichever node made it) says it is current.
 */
@Component
@ProcessingGroup(RegisterProjection.NAME)
class RegisterProjection {

    static final String NAME = "register";

    private final BodyRepository bodies;
    /** The version is read on every access decision: with plain JDBC, not through a repository query. */
    private final JdbcTemplate database;
    private volatile Snapshot snapshot;

    RegisterProjection(BodyRepository bodies, DataSource database) {
        this.bodies = bodies;
        this.database = new JdbcTemplate(database);
    }

    @EventHandler
    void on(BodyEvent event, @Timestamp Instant at) {
        BodyView known = bodies.findById(event.bodyId().value()).map(BodyEntity::toView).orElse(null);
        BodyView next = BodyView.evolve(known, event, at);
        if (next != null) {
            bodies.save(new BodyEntity(next));
            bodies.moveVersionOn();
        }
    }

    @ResetHandler
    void reset() {
        bodies.deleteAllInBatch();
        bodies.moveVersionOn();
    }

    @QueryHandler
    List<BodyView> handle(ListBodies query) {
        long version = database.queryForObject("select version from register_version where id = 1", Long.class);
        Snapshot known = snapshot;
        if (known != null && known.version() == version) {
            return known.bodies();
        }
        // Read after the version, so the list is at least as new as the version it is kept under.
        List<BodyView> list = bodies.findAllByOrderByMappaAreaAscNameAsc().stream().map(BodyEntity::toView).toList();
        snapshot = new Snapshot(version, list);
        return list;
    }

    @QueryHandler
    Optional<BodyView> handle(FindBody query) {
        return bodies.findById(query.id().value()).map(BodyEntity::toView);
    }

    private record Snapshot(long version, List<BodyView> bodies) {
    }
}
