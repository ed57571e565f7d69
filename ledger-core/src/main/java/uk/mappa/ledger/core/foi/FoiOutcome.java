package uk.mappa.ledger.core.foi;

/** What the requester was sent. */
public enum FoiOutcome {
    RELEASED_IN_FULL(false),
    /** Released with some information withheld under exemptions. */
    RELEASED_IN_PART(true),
    /** Withheld under exemptions. */
    WITHHELD(true),
    /** The body does not hold the information. */
    NOT_HELD(false);

    private final boolean relyingOnExemptions;

    FoiOutcome(boolean relyingOnExemptions) {
        this.relyingOnExemptions = relyingOnExemptions;
    }

    /** True when information was withheld, so the exemptions relied on must be named. */
    public boolean reliesOnExemptions() {
        return relyingOnExemptions;
    }
}
