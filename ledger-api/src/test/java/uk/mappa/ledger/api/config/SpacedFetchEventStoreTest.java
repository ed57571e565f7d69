package uk.mappa.ledger.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event store whose producer is woken at most every few milliseconds still hands every committed event to a
 * processor following it, the last of a burst included, and long before Axon's own once-a-second fetch would: no
 * commit is left without a wake-up to read it.
 */
class SpacedFetchEventStoreTest {

    final SpacedFetchEventStore store = new SpacedFetchEventStore(EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).fetchDelay(60_000));

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void everyEventOfABurstFromSeveralThreadsReachesAFollowingProcessorWithoutWaitingForAFetchDelay() throws Exception {
        store.publish(GenericEventMessage.asEventMessage("first"));
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");

            List<Thread> writers = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int from = writer * 50;
                Thread thread = new Thread(() -> {
                    for (int event = from; event < from + 50; event++) {
                        store.publish(GenericEventMessage.asEventMessage(event));
                    }
                });
                thread.start();
                writers.add(thread);
            }
            for (Thread writer : writers) {
                writer.join();
            }
            List<Object> received = new ArrayList<>();
            // With the producer's own fetch a minute apart, only the wake-ups after commits can deliver these.
            while (received.size() < 200 && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                received.add(stream.nextAvailable().getPayload());
            }
            assertThat(received).hasSize(200).doesNotHaveDuplicates();

            store.publish(GenericEventMessage.asEventMessage("after the burst"));
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("after the burst");
        }
    }
}
