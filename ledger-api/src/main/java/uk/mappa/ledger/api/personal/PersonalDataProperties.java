package uk.mappa.ledger.api.personal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key-encryption key (KEK) that wraps every subject key comes from: never the database.
 *
 * @param kek                 the KEK itself, 32 bytes in base64 (an environment secret, {@code LEDGER_KEK})
 * @param kekKeystore         or a PKCS#12 keystore holding it as a secret key entry ({@code keytool -genseckey})
 * @param kekKeystorePassword the keystore's password (also the entry's)
 * @param kekAlias            the entry's alias
 * @param kekFile             or a file with the KEK in base64; on a local embedded database it is created
 *                            there (readable by its owner only) when nothing else is configured
 * @param previousKek         during a rotation, the KEK being replaced (base64): keys it wrapped are re-wrapped
 *                            under the current one at start-up
 */
@ConfigurationProperties("ledger.personal-data")
record PersonalDataProperties(String kek, Path kekKeystore, String kekKeystorePassword, String kekAlias,
                              Path kekFile, String previousKek) {

    PersonalDataProperties {
        kekAlias = kekAlias == null || kekAlias.isBlank() ? "ledger-kek" : kekAlias;
        kekKeystore = kekKeystore == null || kekKeystore.toString().isBlank() ? null : kekKeystore;
        kekFile = kekFile == null || kekFile.toString().isBlank() ? Path.of("data", "ledger-kek") : kekFile;
    }
}
