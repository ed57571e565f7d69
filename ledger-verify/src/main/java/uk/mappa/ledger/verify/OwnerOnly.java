package uk.mappa.ledger.verify;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that only the account running the ledger may read: its signing key and its embedded
 * database. They are created with those permissions from the start (never created first and tightened
 * after, which would leave a moment in which anyone could read them).
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder (and its parents) for the owner alone, or takes an existing one back to the owner. */
    public static Path folder(Path folder) throws IOException {
        if (!posix(folder)) {
            return Files.createDirectories(folder);
        }
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (FileAlreadyExistsException raced) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** Creates a new, empty file that only its owner can read or write; fails if it exists already. */
    public static Path newFile(Path file) throws IOException {
        return posix(file)
                ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE))
                : Files.createFile(file);
    }

    /** Takes an existing file back to its owner alone. */
    public static void restrict(Path file) throws IOException {
        if (posix(file) && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix(Path path) {
        return path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
