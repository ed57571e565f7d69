package uk.mappa.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** A stream is folded once; each later read folds only what was appended since, and sees all of it. */
class FoldedStreamsTest {

    final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    final AtomicInteger folds = new AtomicInteger();
    /** The state is the events' payloads joined, so a repeated or missed event shows. */
    final FoldedStreams<String> streams = new FoldedStreams<>(store, (state, payload) -> {
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
    void aStreamOfAnotherKindOrNoneIsNotFound() {
        append("b", 0, "not mine");
        assertThat(streams.find("b")).isEmpty();
        assertThat(streams.find("nothing")).isEmpty();
    }
}
