package uk.mappa.ledger.api.personal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.config.EmbeddedDatabase;
import uk.mappa.ledger.verify.OwnerOnly;

/**
 * The key-encryption keys (KEKs) that wrap every subject key: the current one, and during a rotation the
 * one it replaces. They come from the deployment (an environment secret, a PKCS#12 keystore, or a file),
 * never from the database, so a copy of the database alone opens no personal data. A deployment on a
 * server database without one refuses to start; a local embedded database gets one made in a file beside
 * it (owner-only) the first time, and an in-memory database one that lives as long as it does.
 */
@Component
class KeyEncryptionKeys {

    private static final Logger LOG = LoggerFactory.getLogger(KeyEncryptionKeys.class);
    static final int KEY_BYTES = 32;

    /** A KEK and the short id, stored beside each key it wraps, that tells which KEK that was. */
    record Kek(String id, byte[] key) {

        static Kek of(byte[] key) {
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("A key-encryption key is " + KEY_BYTES + " bytes (AES-256); this one"
                        + " is " + key.length);
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
                return new Kek(HexFormat.of().formatHex(digest, 0, 8), key.clone());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Kek current;
    private final Kek previous;

    KeyEncryptionKeys(PersonalDataProperties properties, Environment environment) {
        this.current = load(properties, environment.getProperty("spring.datasource.url", ""));
        this.previous = properties.previousKek() == null || properties.previousKek().isBlank() ? null
                : Kek.of(base64(properties.previousKek(), "LEDGER_PREVIOUS_KEK"));
    }

    Kek current() {
        return current;
    }

    /** The KEK with this id, if this ledger was given it. */
    Optional<Kek> byId(String id) {
        if (current.id().equals(id)) {
            return Optional.of(current);
        }
        return previous != null && previous.id().equals(id) ? Optional.of(previous) : Optional.empty();
    }

    private static Kek load(PersonalDataProperties properties, String datasourceUrl) {
        if (properties.kek() != null && !properties.kek().isBlank()) {
            return Kek.of(base64(properties.kek(), "LEDGER_KEK"));
        }
        if (properties.kekKeystore() != null) {
            return Kek.of(fromKeystore(properties));
        }
        Path file = properties.kekFile();
        if (Files.exists(file)) {
            return Kek.of(fromFile(file));
        }
        if (EmbeddedDatabase.inMemory(datasourceUrl)) {
            return Kek.of(random());
        }
        if (EmbeddedDatabase.local(datasourceUrl)) {
            return Kek.of(create(file));
        }
        throw new IllegalStateException("Personal data keys are wrapped by a key-encryption key that is not kept in"
                + " the database: set LEDGER_KEK (32 random bytes in base64, e.g. openssl rand -base64 32), or"
                + " LEDGER_KEK_KEYSTORE with LEDGER_KEK_KEYSTORE_PASSWORD (a PKCS#12 keystore made with keytool"
                + " -genseckey -keyalg AES -keysize 256), or LEDGER_KEK_FILE.");
    }

    private static byte[] fromKeystore(PersonalDataProperties properties) {
        char[] password = properties.kekKeystorePassword() == null ? new char[0]
                : properties.kekKeystorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(properties.kekKeystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            java.security.Key key = store.getKey(properties.kekAlias(), password);
            if (key == null) {
                throw new IllegalStateException("The keystore " + properties.kekKeystore() + " has no key '"
                        + properties.kekAlias() + "'");
            }
            return key.getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key-encryption key from " + properties.kekKeystore()
                    + ": " + e.getMessage(), e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            OwnerOnly.restrict(file);
            return base64(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the key-encryption key from " + file, e);
        }
    }

    private static byte[] create(Path file) {
        byte[] key = random();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                OwnerOnly.folder(parent);
            }
            Files.writeString(OwnerOnly.newFile(file), Base64.getEncoder().encodeToString(key),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the key-encryption key at " + file, e);
        }
        LOG.warn("Created a key-encryption key for personal data at {}. Keep it apart from the database's backups:"
                + " without it the personal data cannot be read.", file.toAbsolutePath());
        return key;
    }

    private static byte[] random() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static byte[] base64(String value, String source) {
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key-encryption key in " + source + " is not base64", e);
        }
    }
}
