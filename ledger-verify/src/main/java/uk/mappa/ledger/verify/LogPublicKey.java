package uk.mappa.ledger.verify;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** The ledger's public key, which anyone can use to check a tree head's signature. */
public final class LogPublicKey {

    private final Ed25519PublicKeyParameters key;

    LogPublicKey(Ed25519PublicKeyParameters key) {
        this.key = key;
    }

    /** Reads a SubjectPublicKeyInfo PEM (BEGIN PUBLIC KEY), as served by GET /api/ledger/public-key. */
    public static LogPublicKey fromPem(String pem) {
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            PemObject object = reader.readPemObject();
            if (object == null || !"PUBLIC KEY".equals(object.getType())) {
                throw new IllegalArgumentException("Expected a PEM public key (BEGIN PUBLIC KEY)");
            }
            AsymmetricKeyParameter parameter = PublicKeyFactory.createKey(object.getContent());
            if (!(parameter instanceof Ed25519PublicKeyParameters ed25519)) {
                throw new IllegalArgumentException("The ledger's public key is an Ed25519 key");
            }
            return new LogPublicKey(ed25519);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the public key: " + e.getMessage(), e);
        }
    }

    /** The 32 bytes of the key as RFC 8032 encodes it. */
    public byte[] raw() {
        return key.getEncoded();
    }

    /** A key from its 32 RFC 8032 bytes (as a signed-note verifier key carries it). */
    public static LogPublicKey fromRaw(byte[] raw) {
        if (raw == null || raw.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 public key is 32 bytes");
        }
        return new LogPublicKey(new Ed25519PublicKeyParameters(raw, 0));
    }

    public boolean verify(byte[] message, byte[] signature) {
        if (signature == null || signature.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    public String pem() {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("PUBLIC KEY",
                    SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
