package uk.mappa.ledger.core;

/**
 * Names of the metadata every command and event carries: who did it, for which body, and the
 * correlation id that ties a request to everything it caused.
 */
public final class LedgerMetaData {

    /** The user's stable identifier: for a bearer token, its issuer and subject. */
    public static final String USER_ID = "userId";
    /** How people read the user's name; it may change, so nothing is decided by it. */
    public static final String USER_NAME = "userName";
    public static final String BODY_ID = "bodyId";
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message that caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The identifier of the first message in the chain that led to this one. */
    public static final String TRACE_ID = "traceId";

    /** The user recorded for what the ledger does by itself, such as registering seed bodies. */
    public static final String SYSTEM_USER = "ledger-system";

    private LedgerMetaData() {
    }
}
