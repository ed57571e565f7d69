package uk.mappa.ledger.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * State folded from aggregates' event streams, kept per aggregate. Always current on every node: a state is served
 * as kept only while the version of the consulted streams ({@link ConsultedStreams}) is the one read before it was
 * folded, so a change made a moment earlier, here or on another node, is seen; otherwise the store is asked only for
 * what was appended since (one indexed query that usually returns nothing). For the registers commands consult
 * (bodies, agreements), which are read on every share.
 *
 * @param <S> the folded state; immutable
 */
public final class FoldedStreams<S> {

    /** No version is ever this: a state kept with it is always read again. */
    private static final long UNVERSIONED = Long.MIN_VALUE;

    private record Folded<S>(S state, long lastSequence, long version) {
    }

    private final EventStore eventStore;
    private final ConsultedStreams consulted;
    private final BiFunction<S, Object, S> fold;
    private final Map<String, Folded<S>> folded = new ConcurrentHashMap<>();

    /**
     * @param aggregateType the type of the aggregates whose streams these are (Axon's name for it: the class's simple
     *                      name), whose every event moves the consulted streams' version on
     * @param fold          the state after one more event, from null before the first; null when the stream is not
     *                      of this kind (aggregate ids share one namespace in the store)
     */
    public FoldedStreams(EventStore eventStore, ConsultedStreams consulted, String aggregateType,
                         BiFunction<S, Object, S> fold) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
        this.consulted = Objects.requireNonNull(consulted, "consulted");
        this.fold = Objects.requireNonNull(fold, "fold");
        consulted.consult(Objects.requireNonNull(aggregateType, "aggregateType"));
    }

    public Optional<S> find(String aggregateId) {
        // Read before the stream, so that a state folded now is at least as new as the version it is kept under.
        OptionalLong version = consulted.version();
        Folded<S> known = folded.get(aggregateId);
        if (known != null && version.isPresent() && known.version() == version.getAsLong()) {
            return Optional.of(known.state());
        }
        S state = known == null ? null : known.state();
        long last = known == null ? -1 : known.lastSequence();
        DomainEventStream stream = eventStore.readEvents(aggregateId, last + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            state = fold.apply(state, message.getPayload());
            if (state == null) {
                return Optional.empty();
            }
            last = message.getSequenceNumber();
        }
        if (state == null) {
            return Optional.empty();
        }
        // A racing read may put an older fold after a newer one: it is kept under the older version, so the next
        // read folds a little more.
        folded.put(aggregateId, new Folded<>(state, last, version.orElse(UNVERSIONED)));
        return Optional.of(state);
    }
}
