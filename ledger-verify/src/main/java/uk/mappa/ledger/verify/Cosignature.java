package uk.mappa.ledger.verify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * C2SP tlog-cosignature/v1 with Ed25519 (signature type 0x04): a witness's statement that, at a time, the
 * largest consistent tree it has seen of a log has the checkpoint's root. The signature covers
 * {@code cosignature/v1\ntime <seconds>\n} and the checkpoint's text, and carries the time before it.
 */
public final class Cosignature {

    public static final byte TYPE = 0x04;
    private static final int SIGNATURE_BYTES = 64;

    private Cosignature() {
    }

    public static int keyId(String name, LogPublicKey key) {
        return SignedNote.keyId(name, TYPE, key);
    }

    static byte[] message(long timestamp, String checkpointText) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointText).getBytes(StandardCharsets.UTF_8);
    }

    /** The witness's cosignature line on a checkpoint, made at {@code at} (whole seconds). */
    public static SignedNote.Signature sign(String checkpointText, String name, LogSigningKey key, Instant at) {
        long timestamp = at.getEpochSecond();
        byte[] signature = key.sign(message(timestamp, checkpointText));
        return new SignedNote.Signature(name, keyId(name, key.publicKey()),
                ByteBuffer.allocate(8 + SIGNATURE_BYTES).putLong(timestamp).put(signature).array());
    }

    /** When the named witness cosigned the note's checkpoint, if one of its signature lines verifies. */
    public static Optional<Instant> verifiedTime(SignedNote.Note note, String name, LogPublicKey key) {
        int id = keyId(name, key);
        for (SignedNote.Signature line : note.signatures()) {
            if (line.keyName().equals(name) && line.keyId() == id && line.signature().length == 8 + SIGNATURE_BYTES) {
                ByteBuffer blob = ByteBuffer.wrap(line.signature());
                long timestamp = blob.getLong();
                byte[] signature = new byte[SIGNATURE_BYTES];
                blob.get(signature);
                if (timestamp >= 0 && key.verify(message(timestamp, note.text()), signature)) {
                    return Optional.of(Instant.ofEpochSecond(timestamp));
                }
            }
        }
        return Optional.empty();
    }

    /** A witness's verifier key: {@code <name>+<key id>+base64(0x04 || key)}. */
    public static String verifierKey(String name, LogPublicKey key) {
        return SignedNote.verifierKey(name, TYPE, key);
    }
}
