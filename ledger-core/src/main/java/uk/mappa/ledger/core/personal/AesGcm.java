package uk.mappa.ledger.core.personal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-256-GCM with Bouncy Castle's lightweight API: a fresh 96-bit nonce per value, a 128-bit tag, and the
 * subject id as associated data, so a value cannot be moved to another subject unnoticed.
 */
public final class AesGcm {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static Sealed seal(SubjectId subject, byte[] key, String clear) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] out = run(true, key, nonce, subject, clear.getBytes(StandardCharsets.UTF_8));
        byte[] combined = new byte[NONCE_BYTES + out.length];
        System.arraycopy(nonce, 0, combined, 0, NONCE_BYTES);
        System.arraycopy(out, 0, combined, NONCE_BYTES, out.length);
        return new Sealed(subject, Base64.getEncoder().encodeToString(combined));
    }

    /**
     * A subject's key encrypted under a key-encryption key, bound to the subject: nonce and ciphertext with
     * its tag, in one array.
     */
    public static byte[] wrap(SubjectId subject, byte[] keyEncryptionKey, byte[] key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] out = run(true, keyEncryptionKey, nonce, subject, key);
        byte[] combined = new byte[NONCE_BYTES + out.length];
        System.arraycopy(nonce, 0, combined, 0, NONCE_BYTES);
        System.arraycopy(out, 0, combined, NONCE_BYTES, out.length);
        return combined;
    }

    public static byte[] unwrap(SubjectId subject, byte[] keyEncryptionKey, byte[] wrapped) {
        return run(false, keyEncryptionKey, Arrays.copyOfRange(wrapped, 0, NONCE_BYTES), subject,
                Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length));
    }

    public static String open(Sealed value, byte[] key) {
        byte[] combined = Base64.getDecoder().decode(value.ciphertext());
        byte[] nonce = Arrays.copyOfRange(combined, 0, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(combined, NONCE_BYTES, combined.length);
        return new String(run(false, key, nonce, value.subject(), body), StandardCharsets.UTF_8);
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, SubjectId subject, byte[] input) {
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce,
                subject.toString().getBytes(StandardCharsets.US_ASCII)));
        byte[] output = new byte[cipher.getOutputSize(input.length)];
        int length = cipher.processBytes(input, 0, input.length, output, 0);
        try {
            length += cipher.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("Personal data of subject " + subject + " failed its integrity check", e);
        }
        return Arrays.copyOf(output, length);
    }
}
