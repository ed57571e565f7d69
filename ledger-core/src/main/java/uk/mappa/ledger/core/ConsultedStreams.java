package uk.mappa.ledger.core;

import java.util.OptionalLong;

/**
 * The version of the streams that commands consult (bodies, agreements and the other registers folded by
 * {@link FoldedStreams}): a number that moves on in the same transaction as every event appended to any of them.
 * A state folded after the version was read is current for as long as the version has not moved, on every node, so
 * one read of it a command stands for a read of each stream the command consults.
 */
public interface ConsultedStreams {

    /** Notes that states are folded from the streams of this aggregate type (Axon's name for it). */
    void consult(String aggregateType);

    /**
     * The version as the current command sees it, read once for the command; empty when it cannot be relied on
     * (outside a command, or once the command has published events of its own, which are in no version until
     * they commit), and each stream is then read for what was appended to it since.
     */
    OptionalLong version();

    /** No version: every read asks the store what was appended since. */
    ConsultedStreams NONE = new ConsultedStreams() {
        @Override
        public void consult(String aggregateType) {
        }

        @Override
        public OptionalLong version() {
            return OptionalLong.empty();
        }
    };
}
