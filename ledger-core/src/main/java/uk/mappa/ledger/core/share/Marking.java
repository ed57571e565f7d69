package uk.mappa.ledger.core.share;

/**
 * How a share is marked: a Government Security Classification, a legacy GPMS marking (historical
 * shares only), or both when a historical document has been re-marked.
 */
public record Marking(ProtectiveMarking current, LegacyMarking legacy) {

    public Marking {
        if (current == null && legacy == null) {
            throw uk.mappa.ledger.core.rule.RuleViolation.unprocessable("missing-marking",
                    "A share needs a protective marking (or, for material from before April 2014, a legacy marking).");
        }
    }

    public String label() {
        if (current == null) {
            return legacy.label();
        }
        return legacy == null ? current.label() : current.label() + " (was " + legacy.label() + ")";
    }

    /** SECRET and TOP SECRET material, old or new, keeps its title from most readers. */
    public boolean restrictsTitle() {
        return (current != null && current.classification() != Classification.OFFICIAL)
                || (current == null && legacy.restrictsTitle());
    }
}
