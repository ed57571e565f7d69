package uk.mappa.ledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;

class ExpensiveReadsTest {

    static final Actor ALEX = new Actor("alex", null, Set.of(Role.AUDITOR), null);
    static final Actor SAM = new Actor("sam", null, Set.of(Role.AUDITOR), null);
    static final Actor KIM = new Actor("kim", null, Set.of(Role.AUDITOR), null);

    /** Starts a read that holds its place until released, and waits until it has the place. */
    static CompletableFuture<String> holding(ExpensiveReads reads, Actor actor, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> reads.run(actor, () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return read;
    }

    @Test
    void aUserRunsOneLongReadAtATime() throws Exception {
        ExpensiveReads reads = new ExpensiveReads(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holding(reads, ALEX, release);

        assertThatThrownBy(() -> reads.run(ALEX, () -> "second")).isInstanceOf(ExpensiveReads.TooBusy.class)
                .hasMessageContaining("running already");
        assertThat(reads.run(SAM, () -> "someone else")).isEqualTo("someone else");

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(reads.run(ALEX, () -> "again")).isEqualTo("again");
    }

    @Test
    void theLedgerRunsAFewAtOnceAndTurnsTheRestAwayAfterAShortWait() throws Exception {
        ExpensiveReads reads = new ExpensiveReads(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holding(reads, ALEX, release);
        CompletableFuture<String> second = holding(reads, SAM, release);

        long started = System.nanoTime();
        assertThatThrownBy(() -> reads.run(KIM, () -> "third")).isInstanceOf(ExpensiveReads.TooBusy.class)
                .hasMessageContaining("other long reads");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(ExpensiveReads.WAIT_MILLIS - 50);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(reads.run(KIM, () -> "now")).isEqualTo("now");
    }

    @Test
    void aFailingReadGivesItsPlaceBack() {
        ExpensiveReads reads = new ExpensiveReads(1);
        assertThatThrownBy(() -> reads.run(ALEX, () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(reads.run(ALEX, () -> "fine")).isEqualTo("fine");
    }
}
