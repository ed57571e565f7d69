package uk.mappa.ledger.projections.csods;

import java.time.Instant;

/** A CSODS time limit that passed before the case reached its stage. */
public record MissedCsodsDeadline(String caseId, String force, String deadline, Instant dueAt) {
}
