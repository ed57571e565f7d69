package uk.mappa.ledger.projections.holdings;

import java.time.Instant;

/**
 * One body's copy of one share, as the events leave it.
 *
 * @param role            {@code PROVIDER}, {@code RECIPIENT}, or {@code THIRD_PARTY} for an onward disclosure
 * @param restrictedTitle the share is SECRET or TOP SECRET, so its title is not for every reader
 * @param heldSince       the share date
 * @param withdrawnAt     when the provider withdrew the share, asking holders to destroy it
 * @param destroyedAt     when this holder destroyed its copy
 * @param contentSha256   the SHA-256 of the document shared, so a copy can be found from the document itself
 */
public record Holding(String shareId, String bodyId, String role, String category, String title,
                      boolean restrictedTitle, String providerBodyId, String agreementId, String marking,
                      Instant heldSince, Instant retainUntil, Instant acknowledgedAt, Instant withdrawnAt,
                      Instant destroyedAt, String contentSha256) {

    Holding acknowledged(Instant at) {
        return new Holding(shareId, bodyId, role, category, title, restrictedTitle, providerBodyId, agreementId,
                marking, heldSince, retainUntil, at, withdrawnAt, destroyedAt, contentSha256);
    }

    Holding remarked(String newMarking, boolean restricted) {
        return new Holding(shareId, bodyId, role, category, title, restricted, providerBodyId, agreementId,
                newMarking, heldSince, retainUntil, acknowledgedAt, withdrawnAt, destroyedAt, contentSha256);
    }

    Holding corrected(String newTitle, Instant newHeldSince, Instant newRetainUntil, String newContent) {
        return new Holding(shareId, bodyId, role, category, newTitle != null ? newTitle : title, restrictedTitle,
                providerBodyId, agreementId, marking, newHeldSince != null ? newHeldSince : heldSince,
                newRetainUntil != null ? newRetainUntil : retainUntil, acknowledgedAt, withdrawnAt, destroyedAt,
                newContent != null ? newContent : contentSha256);
    }

    Holding withdrawn(Instant at) {
        return new Holding(shareId, bodyId, role, category, title, restrictedTitle, providerBodyId, agreementId,
                marking, heldSince, retainUntil, acknowledgedAt, at, destroyedAt, contentSha256);
    }

    Holding destroyed(Instant at) {
        return new Holding(shareId, bodyId, role, category, title, restrictedTitle, providerBodyId, agreementId,
                marking, heldSince, retainUntil, acknowledgedAt, withdrawnAt, at, contentSha256);
    }

    /** The copy a third party received through an onward disclosure of this one. */
    Holding disclosedTo(String thirdParty, Instant at) {
        return new Holding(shareId, thirdParty, "THIRD_PARTY", category, title, restrictedTitle, providerBodyId,
                agreementId, marking, at, retainUntil, null, withdrawnAt, null, contentSha256);
    }

    /** Whether the body held this copy at that instant. */
    boolean heldAt(Instant instant) {
        return !heldSince.isAfter(instant) && (destroyedAt == null || destroyedAt.isAfter(instant));
    }
}
