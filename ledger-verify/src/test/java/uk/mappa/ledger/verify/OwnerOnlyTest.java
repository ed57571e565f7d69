package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path directory;

    @Test
    void theSigningKeyIsCreatedReadableByItsOwnerOnlyInAFolderOnlyTheOwnerCanEnter() throws IOException {
        Path key = directory.resolve("keys/ledger-log-key.pem");
        LogSigningKey created = LogSigningKey.loadOrCreate(key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
        assertThat(LogSigningKey.loadOrCreate(key).publicKey().pem()).isEqualTo(created.publicKey().pem());
    }

    @Test
    void aKeyLeftReadableByOthersIsTakenBackToItsOwner() throws IOException {
        Path key = directory.resolve("ledger-log-key.pem");
        Files.writeString(key, LogSigningKey.generate().privateKeyPem());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        LogSigningKey.loadOrCreate(key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void anExistingFolderIsTakenBackToItsOwner() throws IOException {
        Path folder = Files.createDirectory(directory.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(OwnerOnly.folder(folder)).isEqualTo(folder);
        assertThat(OwnerOnly.folder(directory.resolve("new/deeper"))).isEqualTo(directory.resolve("new/deeper"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("new/deeper"))))
                .isEqualTo("rwx------");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
