package uk.mappa.ledger.projections.holdings;

import java.time.LocalDate;

/** The shares a body recorded in a month: {@code month} is its first day. */
public record SharesInMonth(String bodyId, LocalDate month, int shares) {
}
