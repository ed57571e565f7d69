package uk.mappa.ledger.core.share;

import java.time.Instant;

/**
 * Markings of the Government Protective Marking Scheme, which the Government Security Classifications
 * replaced on 2 April 2014. Kept on historical shares as they were marked; there is no automatic mapping
 * to the new classifications, so re-marking is an explicit, recorded decision.
 */
public enum LegacyMarking {
    PROTECT,
    RESTRICTED,
    CONFIDENTIAL,
    SECRET,
    TOP_SECRET;

    /** The day the Government Security Classifications came into force. */
    public static final Instant SCHEME_REPLACED = Instant.parse("2014-04-02T00:00:00Z");

    public String label() {
        return name().replace('_', ' ') + " (GPMS)";
    }

    /** Whether the marking is high enough that its title stays with those who must see it. */
    public boolean restrictsTitle() {
        return this == SECRET || this == TOP_SECRET;
    }
}
