package uk.mappa.ledger.api.web;

/**
 * How many items a list in a request may hold: far above what any real share, agreement or case needs,
 * and low enough that no request can make the ledger do unbounded work.
 */
public final class Limits {

    /** Recipients of a share, parties to an agreement, agencies consulted. */
    public static final int BODIES = 100;
    /** Children named in one CSODS application. */
    public static final int CHILDREN = 20;
    /** Decision-makers named in one decision. */
    public static final int PEOPLE = 20;
    /** Choices from a fixed list: categories, lawful bases, descriptors. */
    public static final int CHOICES = 50;

    private Limits() {
    }
}
