package uk.mappa.ledger.core.share;

/** Why a holder destroyed its copy of a share. */
public enum DestructionReason {
    /** The provider withdrew the share (sent in error, for example) and asked for copies to be destroyed. */
    WITHDRAWN,
    /** The retention period of the agreement or share passed. */
    RETENTION_EXPIRED,
    /** No longer required for the purpose it was shared for. */
    NO_LONGER_REQUIRED
}
