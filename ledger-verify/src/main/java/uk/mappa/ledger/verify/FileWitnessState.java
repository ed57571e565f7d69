package uk.mappa.ledger.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A witness's state in a folder of its own: per log, the text of the latest checkpoint it cosigned (replaced
 * atomically), and one file per split view it saw, with both checkpoints, kept for good.
 */
public final class FileWitnessState implements Witness.State {

    private final Path latest;
    private final Path splitViews;
    private final Clock clock;

    public FileWitnessState(Path folder, Clock clock) {
        this.latest = folder.resolve("latest");
        this.splitViews = folder.resolve("split-views");
        this.clock = clock;
        try {
            Files.createDirectories(latest);
            Files.createDirectories(splitViews);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + folder + " for the witness's state", e);
        }
    }

    private Path fileOf(String origin) {
        return latest.resolve(Hashes.hex(Hashes.sha256(origin.getBytes(StandardCharsets.UTF_8))) + ".checkpoint");
    }

    @Override
    public synchronized Optional<Checkpoint> latest(String origin) {
        Path file = fileOf(origin);
        try {
            return Files.exists(file) ? Checkpoint.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized boolean advance(String origin, long expectedSize, Checkpoint next) {
        if (latest(origin).map(Checkpoint::treeSize).orElse(0L) != expectedSize) {
            return false;
        }
        Path file = fileOf(origin);
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.writeString(written, next.text(), StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void recordSplitView(String origin, Checkpoint cosigned, String contradicting, String reason) {
        String evidence = "origin " + origin + "\nreason " + reason + "\nseen " + clock.instant()
                + "\n\ncosigned checkpoint:\n" + cosigned.text() + "\ncontradicting signed checkpoint:\n" + contradicting;
        try (Stream<Path> kept = Files.list(splitViews)) {
            // Numbered in the order seen, so that the evidence reads back in that order.
            Path file = splitViews.resolve(String.format("%08d-%d.txt", kept.count() + 1, clock.millis()));
            Files.writeString(file, evidence, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every split view seen, oldest first, as kept. */
    public synchronized List<String> splitViews() {
        try (Stream<Path> files = Files.list(splitViews)) {
            List<String> evidence = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                evidence.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
