package uk.mappa.ledger.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseFilesTest {

    @TempDir
    Path directory;

    @Test
    void theEmbeddedDatabasesFolderAndFilesAreForTheOwnerOnly() throws IOException {
        Path folder = Files.createDirectory(directory.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.createFile(folder.resolve("ledger.mv.db"));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Path unrelated = Files.createFile(folder.resolve("notes.txt"));
        Files.setPosixFilePermissions(unrelated, PosixFilePermissions.fromString("rw-r--r--"));

        prepare("jdbc:h2:file:" + folder.resolve("ledger") + ";DB_CLOSE_ON_EXIT=FALSE");

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(database)).isEqualTo("rw-------");
        assertThat(permissions(unrelated)).isEqualTo("rw-r--r--");
    }

    @Test
    void aFolderThatDoesNotExistYetIsCreatedForTheOwnerOnly() throws IOException {
        Path folder = directory.resolve("new/data");
        prepare("jdbc:h2:" + folder.resolve("ledger"));
        assertThat(permissions(folder)).isEqualTo("rwx------");
    }

    @Test
    void commitsReachTheFileBeforeTheyAreAcknowledged() {
        assertThat(EmbeddedDatabaseFiles.durable("jdbc:h2:file:./data/ledger"))
                .isEqualTo("jdbc:h2:file:./data/ledger;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseFiles.durable("jdbc:h2:file:./data/ledger;write_delay=0"))
                .isEqualTo("jdbc:h2:file:./data/ledger;write_delay=0");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> EmbeddedDatabaseFiles.durable("jdbc:h2:file:./data/ledger;WRITE_DELAY=500"))
                .withMessageContaining("WRITE_DELAY=500");
    }

    @Test
    void onlyLocalFileDatabasesAreTouched() {
        assertThat(EmbeddedDatabase.file("jdbc:h2:mem:ledger")).isEmpty();
        assertThat(EmbeddedDatabase.file("jdbc:h2:tcp://db/ledger")).isEmpty();
        assertThat(EmbeddedDatabase.file("jdbc:postgresql://db/ledger")).isEmpty();
        assertThat(EmbeddedDatabase.file("jdbc:h2:file:./data/ledger;MODE=PostgreSQL"))
                .contains(Path.of("./data/ledger"));
    }

    private static void prepare(String url) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        new EmbeddedDatabaseFiles().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
