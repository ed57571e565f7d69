package uk.mappa.ledger.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * State folded from aggregates' event streams, kept per aggregate so that each later read asks the store
 * only for what was appended since (one indexed query that usually returns nothing). Always current on
 * every node: nothing is served without that query, so a change made a moment earlier, here or on another
 * node, is seen. For the registers commands consult (bodies, agreements), which are read on every share.
 *
 * @param <S> the folded state; immutable
 */
public final class FoldedStreams<S> {

    private record Folded<S>(S state, long lastSequence) {
    }

    private final EventStore eventStore;
    private final BiFunction<S, Object, S> fold;
    private final Map<String, Folded<S>> folded = new ConcurrentHashMap<>();

    /**
     * @param fold the state after one more event, from null before the first; null when the stream is not
     *             of this kind (aggregate ids share one namespace in the store)
     */
    public FoldedStreams(EventStore eventStore, BiFunction<S, Object, S> fold) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
        this.fold = Objects.requireNonNull(fold, "fold");
    }

    public Optional<S> find(String aggregateId) {
        Folded<S> known = folded.get(aggregateId);
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
        // A racing read may put an older fold after a newer one: the next read then folds a little more.
        folded.put(aggregateId, new Folded<>(state, last));
        return Optional.of(state);
    }
}
