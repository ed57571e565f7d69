package uk.mappa.ledger.core.agreement;

import java.time.Instant;

/** A stretch of time in which an agreement was in force; {@code until} is null while it still is. */
public record ActivePeriod(Instant from, Instant until) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && (until == null || instant.isBefore(until));
    }

    ActivePeriod endingAt(Instant end) {
        return new ActivePeriod(from, end);
    }
}
