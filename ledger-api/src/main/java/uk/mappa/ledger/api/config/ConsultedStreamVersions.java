package uk.mappa.ledger.api.config;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.core.ConsultedStreams;

/**
 * The consulted streams' version as one row in the database (V32). A command that publishes an event of a consulted
 * stream moves it on as the command commits, in the same transaction as the events (so no node reads the new version
 * before the events are there to read); a command reads it once, in its own transaction, the first time it consults a
 * register. Replaces one query a register lookup (three for a share: its provider, recipient and agreement) with one
 * a command.
 */
final class ConsultedStreamVersions implements ConsultedStreams {

    static final String READ = "select version from consulted_streams_version where id = 1";
    static final String MOVE_ON = "update consulted_streams_version set version = version + 1 where id = 1";

    private static final String VERSION = ConsultedStreamVersions.class.getName() + ".version";
    private static final String PUBLISHED = ConsultedStreamVersions.class.getName() + ".published";
    private static final String MOVES_ON = ConsultedStreamVersions.class.getName() + ".movesOn";

    private final JdbcTemplate database;
    private final Set<String> types = ConcurrentHashMap.newKeySet();

    ConsultedStreamVersions(JdbcTemplate database, EventBus events) {
        this.database = database;
        events.registerDispatchInterceptor(this::published);
    }

    @Override
    public void consult(String aggregateType) {
        types.add(aggregateType);
    }

    @Override
    public OptionalLong version() {
        if (!CurrentUnitOfWork.isStarted()) {
            return OptionalLong.empty();
        }
        UnitOfWork<?> command = CurrentUnitOfWork.get().root();
        if (command.resources().containsKey(PUBLISHED)) {
            return OptionalLong.empty();
        }
        Long version = command.getOrComputeResource(VERSION, key -> database.queryForObject(READ, Long.class));
        return OptionalLong.of(version);
    }

    /**
     * Notes that the command has published events (from then on it relies on no version), and has a command that
     * publishes an event of a consulted stream move the version on as it commits.
     */
    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> published(List<? extends EventMessage<?>> events) {
        boolean consulted = events.stream().anyMatch(event ->
                event instanceof DomainEventMessage<?> domainEvent && types.contains(domainEvent.getType()));
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> command = CurrentUnitOfWork.get().root();
            command.resources().put(PUBLISHED, Boolean.TRUE);
            if (consulted && command.resources().putIfAbsent(MOVES_ON, Boolean.TRUE) == null) {
                command.onPrepareCommit(unit -> database.update(MOVE_ON));
            }
        } else if (consulted) {
            // Appended at once in a transaction of its own, the event could not move the version in the same one.
            throw new IllegalStateException("An event of a consulted stream is published only by a command");
        }
        return (index, event) -> event;
    }
}
