package uk.mappa.ledger.verify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * C2SP signed-note: a text ending in a newline, a blank line, then one line per signature,
 * {@code — <key name> base64(key ID || signature)}. The ledger signs with Ed25519 (signature type 0x01), its
 * key ID the first four bytes of SHA-256(key name || 0x0A || 0x01 || public key); witnesses add their own
 * lines to the same note.
 */
public final class SignedNote {

    public static final byte ED25519 = 0x01;
    private static final String DASH = "\u2014 ";
    /** More than the spec's minimum of 16 that a verifier must accept, and a bound on what is read. */
    static final int MAX_SIGNATURES = 64;

    /** One signature line: the key's name, its four-byte ID, and the signature bytes. */
    public record Signature(String keyName, int keyId, byte[] signature) {

        /** The signature line as a note carries it, with its final newline. */
        public String line() {
            byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
            return DASH + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        }
    }

    /** A note as read: its text (with its final newline) and its signature lines in order. */
    public record Note(String text, List<Signature> signatures) {

        public Note {
            signatures = List.copyOf(signatures);
        }

        /** The note as served: the text, a blank line, each signature line. */
        public String format() {
            StringBuilder note = new StringBuilder(text).append('\n');
            signatures.forEach(signature -> note.append(signature.line()));
            return note.toString();
        }

        /** The same note with one more signature (a witness's cosignature, say). */
        public Note with(Signature signature) {
            List<Signature> all = new ArrayList<>(signatures);
            all.add(signature);
            return new Note(text, all);
        }

        /** Whether a signature by this key (name and ID) is present and verifies over the text. */
        public boolean verifiedBy(String keyName, LogPublicKey key) {
            int id = keyId(keyName, key);
            byte[] message = text.getBytes(StandardCharsets.UTF_8);
            return signatures.stream().anyMatch(signature -> signature.keyName().equals(keyName)
                    && signature.keyId() == id && key.verify(message, signature.signature()));
        }
    }

    private SignedNote() {
    }

    public static int keyId(String keyName, LogPublicKey key) {
        return keyId(keyName, ED25519, key);
    }

    /** SHA-256(key name || 0x0A || signature type || public key)[:4], as the spec recommends. */
    static int keyId(String keyName, byte type, LogPublicKey key) {
        byte[] hash = Hashes.sha256(keyName.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', type}, key.raw());
        return ByteBuffer.wrap(hash, 0, 4).getInt();
    }

    /** The verifier key as Go's note package writes it: {@code <name>+<hex key ID>+base64(0x01 || key)}. */
    public static String verifierKey(String keyName, LogPublicKey key) {
        return verifierKey(keyName, ED25519, key);
    }

    static String verifierKey(String keyName, byte type, LogPublicKey key) {
        byte[] typed = ByteBuffer.allocate(1 + key.raw().length).put(type).put(key.raw()).array();
        return keyName + "+" + String.format("%08x", keyId(keyName, type, key)) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /**
     * Reads a verifier key of a log (type 0x01, Ed25519) or a witness (type 0x04, Ed25519 cosignature); empty
     * unless it is well formed and its ID matches its name, type and key.
     */
    public static Optional<VerifierKey> parseVerifierKey(String verifierKey) {
        String[] parts = verifierKey.split("\\+", 3);
        if (parts.length != 3 || !validKeyName(parts[0]) || !parts[1].matches("[0-9a-f]{8}")) {
            return Optional.empty();
        }
        try {
            byte[] typed = Base64.getDecoder().decode(parts[2]);
            if (typed.length != 33 || (typed[0] != ED25519 && typed[0] != Cosignature.TYPE)) {
                return Optional.empty();
            }
            LogPublicKey key = LogPublicKey.fromRaw(Arrays.copyOfRange(typed, 1, typed.length));
            if (keyId(parts[0], typed[0], key) != Integer.parseUnsignedInt(parts[1], 16)) {
                return Optional.empty();
            }
            return Optional.of(new VerifierKey(parts[0], typed[0], key));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** A named Ed25519 key that notes are checked against: a log's (0x01) or a witness's (0x04). */
    public record VerifierKey(String name, byte type, LogPublicKey key) {

        public boolean witness() {
            return type == Cosignature.TYPE;
        }

        /** Whether the note carries a signature (or, for a witness, a cosignature) by this key that verifies. */
        public boolean verifies(Note note) {
            return witness() ? Cosignature.verifiedTime(note, name, key).isPresent() : note.verifiedBy(name, key);
        }

        @Override
        public String toString() {
            return verifierKey(name, type, key);
        }
    }

    public static Signature sign(String text, String keyName, LogSigningKey key) {
        return new Signature(keyName, keyId(keyName, key.publicKey()), key.sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a signed note; empty when it does not have the spec's form. */
    public static Optional<Note> parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n") || hasControlCharacters(note)) {
            return Optional.empty();
        }
        String text = note.substring(0, split + 1);
        List<Signature> signatures = new ArrayList<>();
        for (String line : note.substring(split + 2).split("\n")) {
            Optional<Signature> signature = signatureLine(line);
            if (signature.isEmpty() || signatures.size() == MAX_SIGNATURES) {
                return Optional.empty();
            }
            signatures.add(signature.get());
        }
        return Optional.of(new Note(text, signatures));
    }

    private static Optional<Signature> signatureLine(String line) {
        if (!line.startsWith(DASH)) {
            return Optional.empty();
        }
        String[] parts = line.substring(DASH.length()).split(" ", -1);
        if (parts.length != 2 || !validKeyName(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            if (blob.length < 5) {
                return Optional.empty();
            }
            return Optional.of(new Signature(parts[0], ByteBuffer.wrap(blob).getInt(),
                    Arrays.copyOfRange(blob, 4, blob.length)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Key names (and checkpoint origins) are non-empty, without Unicode spaces or plus signs. */
    public static boolean validKeyName(String name) {
        return !name.isEmpty() && name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '+');
    }

    private static boolean hasControlCharacters(String note) {
        return note.chars().anyMatch(c -> c < 0x20 && c != '\n');
    }
}
