package uk.mappa.ledger.core.minutes;

/** Who asks to see MAPPA minutes (West Yorkshire memorandum, "Constraints on the use of information"). */
public enum Requester {
    /** A registered agency that did not attend the meeting. */
    AGENCY_NOT_ATTENDING(true),
    /** Another registered body: a board, an inspectorate, a court's liaison. */
    OTHER_BODY(true),
    /** The offender the meeting was about: a person, never named in the ledger. */
    OFFENDER(false),
    /** The offender's legal representative: a person, never named in the ledger. */
    OFFENDER_REPRESENTATIVE(false);

    private final boolean registeredBody;

    Requester(boolean registeredBody) {
        this.registeredBody = registeredBody;
    }

    /** True when the requester is a body of the register, to which a disclosure is recorded as a share. */
    public boolean isRegisteredBody() {
        return registeredBody;
    }
}
