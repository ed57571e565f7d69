package uk.mappa.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One event exactly as the event store holds it. Its leaf in the log covers every column, so a change
 * to any byte of a stored event changes its leaf hash.
 *
 * @param timestamp the stored timestamp text, not a parsed instant, so nothing is normalised away
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String aggregateType, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    static final String FORMAT = "uk-mappa-ledger-leaf-v1";

    /**
     * The leaf data: a format tag, then each column in order, numbers as 8-byte big-endian integers,
     * text as UTF-8 and bytes as they are, each prefixed by its 4-byte length (-1 for null).
     */
    public byte[] leafData() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeBytes(out, FORMAT.getBytes(StandardCharsets.UTF_8));
            out.writeLong(globalIndex);
            writeText(out, eventIdentifier);
            writeText(out, aggregateIdentifier);
            out.writeLong(sequenceNumber);
            writeText(out, aggregateType);
            writeText(out, timestamp);
            writeText(out, payloadType);
            writeText(out, payloadRevision);
            writeBytes(out, payload);
            writeBytes(out, metaData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(leafData());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }
}
