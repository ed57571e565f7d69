package uk.mappa.ledger.projections.holdings;

import java.time.Instant;

/**
 * One piece of information a body holds: a share it provided or received.
 *
 * @param role      {@code PROVIDER} or {@code RECIPIENT}
 * @param marking   the protective marking as written on the document
 * @param heldSince when the body came to hold it (the share date)
 */
public record HoldingView(String shareId, String bodyId, String role, String category, String title,
                          String providerBodyId, String marking, Instant heldSince) {
}
