package uk.mappa.ledger.api.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.actor.Actor;

/**
 * Reads that fold the whole history or the whole log (the past reconstructed, proofs, live verification)
 * run a few at a time across the ledger and one at a time per user, so no caller can tie up the ledger by
 * asking for them over and over. A caller turned away gets 429 with Retry-After and can ask again.
 */
@Component
public class ExpensiveReads {

    /** How long a read waits for one of the shared places before it is turned away. */
    static final long WAIT_MILLIS = 2_000;
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore places;
    private final Set<String> reading = ConcurrentHashMap.newKeySet();

    ExpensiveReads(@Value("${ledger.web.expensive-reads:2}") int places) {
        this.places = new Semaphore(Math.max(1, places), true);
    }

    public <T> T run(Actor actor, Supplier<T> read) {
        if (!reading.add(actor.userId())) {
            throw new TooBusy("You have a reconstruction, proof or verification running already; wait for it to"
                    + " finish.");
        }
        try {
            if (!places.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new TooBusy("The ledger is answering other long reads; ask again in a few seconds.");
            }
            try {
                return read.get();
            } finally {
                places.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooBusy("The read was interrupted; ask again.");
        } finally {
            reading.remove(actor.userId());
        }
    }

    /** Turned away for now (429); nothing was read or changed. */
    public static final class TooBusy extends RuntimeException {

        TooBusy(String detail) {
            super(detail);
        }
    }
}
