package uk.mappa.ledger.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import uk.mappa.ledger.verify.OwnerOnly;

/**
 * Before the embedded H2 database opens its files, makes their folder readable by the ledger's own
 * account only and takes files left from earlier runs back to that account: the database holds
 * children's data. Registered in {@code META-INF/spring.factories}, because it must run before any bean
 * (the data source among them) exists.
 */
public class EmbeddedDatabaseFiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        databaseFile(event.getEnvironment().getProperty("spring.datasource.url", "")).ifPresent(database -> {
            try {
                Path folder = database.toAbsolutePath().getParent();
                OwnerOnly.folder(folder);
                String name = database.getFileName().toString();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + ".*")) {
                    for (Path file : files) {
                        OwnerOnly.restrict(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot protect the embedded database's folder", e);
            }
        });
    }

    /** The database's file path without extension, for a local H2 file database; empty for anything else. */
    static Optional<Path> databaseFile(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:") || lower.startsWith("jdbc:h2:zip:")) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }
}
