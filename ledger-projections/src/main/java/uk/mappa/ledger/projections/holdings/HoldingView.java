package uk.mappa.ledger.projections.holdings;

import java.time.Instant;

/**
 * A copy of a share that a body holds (or held), as the API shows it.
 *
 * @param status            {@code HELD}, {@code DESTRUCTION_REQUESTED} (the provider withdrew the share)
 *                          or {@code DESTROYED}
 * @param dueForDestruction the retention period has passed or the share was withdrawn, and the copy is
 *                          not yet destroyed
 * @param titleWithheld     the reader may see this SECRET or TOP SECRET copy only as metadata
 */
public record HoldingView(String shareId, String bodyId, String role, String category, String title,
                          boolean titleWithheld, String providerBodyId, String agreementId, String marking,
                          boolean restrictedMarking, Instant heldSince, Instant retainUntil, Instant acknowledgedAt,
                          String status, boolean dueForDestruction, Instant destroyedAt) {

    /** The copy as it stood at {@code at}. */
    public static HoldingView of(Holding holding, Instant at) {
        boolean destroyed = holding.destroyedAt() != null && !holding.destroyedAt().isAfter(at);
        boolean withdrawn = holding.withdrawnAt() != null && !holding.withdrawnAt().isAfter(at);
        String status = destroyed ? "DESTROYED" : withdrawn ? "DESTRUCTION_REQUESTED" : "HELD";
        boolean due = !destroyed && (withdrawn || !holding.retainUntil().isAfter(at));
        return new HoldingView(holding.shareId(), holding.bodyId(), holding.role(), holding.category(),
                holding.title(), false, holding.providerBodyId(), holding.agreementId(), holding.marking(),
                holding.restrictedTitle(), holding.heldSince(), holding.retainUntil(),
                holding.acknowledgedAt() != null && !holding.acknowledgedAt().isAfter(at) ? holding.acknowledgedAt() : null,
                status, due, destroyed ? holding.destroyedAt() : null);
    }

    public HoldingView withTitleWithheld() {
        return new HoldingView(shareId, bodyId, role, category, null, true, providerBodyId, agreementId, marking,
                restrictedMarking, heldSince, retainUntil, acknowledgedAt, status, dueForDestruction, destroyedAt);
    }
}
