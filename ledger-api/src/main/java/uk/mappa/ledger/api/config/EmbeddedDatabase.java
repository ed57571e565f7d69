package uk.mappa.ledger.api.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What a JDBC URL says about the embedded H2 database: local to this process, in memory, or in a file. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * An H2 database in this process's memory or in a local file, opened by this process alone: not through
     * H2's TCP server, and not with AUTO_SERVER, which lets other processes connect.
     */
    public static boolean local(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:")
                && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
                && !lower.replace(" ", "").contains(";auto_server=true");
    }

    public static boolean inMemory(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
    }

    /** The database's file path without extension, for a local H2 file database; empty for anything else. */
    public static Optional<Path> file(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!local(url) || inMemory(url) || lower.startsWith("jdbc:h2:zip:")) {
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
