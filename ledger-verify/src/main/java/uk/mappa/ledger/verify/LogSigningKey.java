package uk.mappa.ledger.verify;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** The ledger's Ed25519 key for signing tree heads (Bouncy Castle's lightweight API). */
public final class LogSigningKey {

    private final Ed25519PrivateKeyParameters key;

    private LogSigningKey(Ed25519PrivateKeyParameters key) {
        this.key = key;
    }

    public static LogSigningKey generate() {
        return new LogSigningKey(new Ed25519PrivateKeyParameters(new SecureRandom()));
    }

    /** The key of a 32-byte RFC 8032 seed (as Go's signed-note private keys carry it). */
    public static LogSigningKey fromSeed(byte[] seed) {
        if (seed == null || seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("An Ed25519 seed is 32 bytes");
        }
        return new LogSigningKey(new Ed25519PrivateKeyParameters(seed, 0));
    }

    /** Reads an Ed25519 private key in PKCS#8 PEM ({@code openssl genpkey -algorithm ed25519}). */
    public static LogSigningKey fromPem(String pem) {
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            PemObject object = reader.readPemObject();
            if (object == null || !"PRIVATE KEY".equals(object.getType())) {
                throw new IllegalArgumentException("Expected a PKCS#8 PEM block (BEGIN PRIVATE KEY)");
            }
            AsymmetricKeyParameter parameter = PrivateKeyFactory.createKey(object.getContent());
            if (!(parameter instanceof Ed25519PrivateKeyParameters ed25519)) {
                throw new IllegalArgumentException("The tree-head signing key must be an Ed25519 key");
            }
            return new LogSigningKey(ed25519);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the signing key: " + e.getMessage(), e);
        }
    }

    /** Loads the key from a file, or makes one and writes it there (readable by its owner only). */
    public static LogSigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                OwnerOnly.restrict(file);
                return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
            }
            LogSigningKey created = generate();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                OwnerOnly.folder(parent);
            }
            Files.writeString(OwnerOnly.newFile(file), created.privateKeyPem(), StandardCharsets.US_ASCII);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key at " + file, e);
        }
    }

    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    public LogPublicKey publicKey() {
        return new LogPublicKey(key.generatePublicKey());
    }

    String privateKeyPem() throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded()));
        }
        return text.toString();
    }
}
