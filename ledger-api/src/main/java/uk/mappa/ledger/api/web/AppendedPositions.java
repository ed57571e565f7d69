package uk.mappa.ledger.api.web;

import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The highest event store position the request on this thread has appended at: its write's own position, known as
 * the event is stored, so that its {@code Ledger-Position} and a wait for its read model need not ask the store for
 * its newest position afterwards (one query a write). Commands are handled on the thread that sends them, so the
 * events a request's commands append are appended on the request's thread. {@link ReadYourWrites} opens and closes
 * the record around every request.
 */
@Component
public class AppendedPositions {

    private final ThreadLocal<long[]> highest = new ThreadLocal<>();

    /** Notes an event appended on this thread (by the event store, within the command's transaction). */
    public void appended(long position) {
        long[] known = highest.get();
        if (known == null) {
            highest.set(new long[] {position});
        } else if (position > known[0]) {
            known[0] = position;
        }
    }

    /** The highest position appended on this thread since it was last cleared, if any. */
    public OptionalLong highest() {
        long[] known = highest.get();
        return known == null ? OptionalLong.empty() : OptionalLong.of(known[0]);
    }

    /** Forgets what was appended: at the start and end of each request. */
    void clear() {
        highest.remove();
    }
}
