package uk.mappa.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * A stream is folded once; each later read folds only what was appended since, and sees all of it. While the version
 * of the consulted streams stays what it was when a state was folded, the state is served without asking the store.
 */
class FoldedStreamsTest {

    final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    final AtomicInteger folds = new AtomicInteger();
    /** The consulted streams' version the test sets; empty: none to rely on. */
    final AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.empty());
    final List<String> consultedTypes = new ArrayList<>();
    final ConsultedStreams consulted = new ConsultedStreams() {
        @Override
        public void consult(String aggregateType) {
            consultedTypes.add(aggregateType);
        }

        @Override
        public OptionalLong version() {
            return version.get();
        }
    };
    /** The state is the events' payloads joined, so a repeated or missed event shows. */
    final FoldedStreams<String> streams = new FoldedStreams<>(store, consulted, "Test", (state, payload) -> {
        folds.incrementAndGet();
        return payload instanceof String text && !text.equals("not mine") ? (state == null ? "" : state) + text : null;
    });

    void append(String aggregate, long sequence, String payload) {
        store.publish(new GenericDomainEventMessage<>("Test", aggregate, sequence, payload));
    }

    @Test
    void eachEventIsFoldedOnceAcrossReads() {
        append("a", 0, "x");
        append("a", 1, "y");
        assertThat(streams.find("a")).contains("xy");
        assertThat(folds.get()).isEqualTo(2);
        assertThat(streams.find("a")).contains("xy");
        assertThat(folds.get()).isEqualTo(2);

        append("a", 2, "z");
        assertThat(streams.find("a")).contains("xyz");
        assertThat(folds.get()).isEqualTo(3);
        assertThat(streams.find("a")).contains("xyz");
        assertThat(folds.get()).isEqualTo(3);
    }

    @Test
    void theStreamsTypeIsConsulted() {
        assertThat(consultedTypes).containsExactly("Test");
    }

    /**
     * The version moves on with every event appended to a consulted stream, so an event appended without it moving
     * shows whether the store was asked: it is not while the version is the one the state was folded under, and is
     * once the version has moved.
     */
    @Test
    void aStateIsServedAsKeptWhileTheVersionIsTheOneItWasFoldedUnder() {
        foldUnderVersionSevenThenAppend();
        assertThat(streams.find("a")).contains("x");

        version.set(OptionalLong.of(8));
        assertThat(streams.find("a")).contains("xy");
        append("a", 2, "z");
        assertThat(streams.find("a")).contains("xy");
        assertThat(folds.get()).isEqualTo(2);
    }

    /** With no version to rely on (outside a command, or in one that has published events), the store is asked. */
    @Test
    void withoutAVersionEveryReadAsksTheStore() {
        foldUnderVersionSevenThenAppend();
        version.set(OptionalLong.empty());
        assertThat(streams.find("a")).contains("xy");

        // Folded without a version, the state is asked about again even once there is one.
        append("a", 2, "z");
        version.set(OptionalLong.of(7));
        assertThat(streams.find("a")).contains("xyz");
    }

    /** "x" folded under version 7, then "y" appended with the version left as it was. */
    private void foldUnderVersionSevenThenAppend() {
        version.set(OptionalLong.of(7));
        append("a", 0, "x");
        assertThat(streams.find("a")).contains("x");
        append("a", 1, "y");
    }

    @Test
    void aStreamOfAnotherKindOrNoneIsNotFound() {
        append("b", 0, "not mine");
        assertThat(streams.find("b")).isEmpty();
        assertThat(streams.find("nothing")).isEmpty();
    }
}
