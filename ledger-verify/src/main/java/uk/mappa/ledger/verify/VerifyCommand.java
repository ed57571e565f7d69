package uk.mappa.ledger.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar ledger-verify.jar export.jsonl --public-key ledger.pem [--trusted-head head.json]}: checks
 * an auditor's export offline, without the ledger or its database, and, given a tree head the auditor
 * trusted earlier, that the export still extends it. Prints progress and a verdict; exits 0 when the log is
 * intact, 1 when it is not, 2 on bad usage or unreadable input. The commands {@code checkpoint}, {@code proof}
 * and {@code witness} check the C2SP formats and run a witness ({@link NoteCommands}).
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && NoteCommands.NAMES.contains(args[0])) {
            return NoteCommands.run(args, out, err);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 == 0 || !options.containsKey("--public-key")
                || !Set.of("--public-key", "--trusted-head").containsAll(options.keySet())) {
            err.println("Usage: java -jar ledger-verify.jar <export.jsonl> --public-key <ledger-public-key.pem>"
                    + " [--trusted-head <tree-head.json>]");
            return 2;
        }
        Path export = Path.of(args[0]);
        try {
            LogPublicKey key = LogPublicKey.fromPem(Files.readString(Path.of(options.get("--public-key")),
                    StandardCharsets.US_ASCII));
            LogVerifier verifier = new LogVerifier(key, count -> err.println("... " + count + " events checked"));
            if (options.containsKey("--trusted-head")) {
                verifier.trust(ExportFormat.parseTreeHead(Files.readString(Path.of(options.get("--trusted-head")),
                        StandardCharsets.UTF_8)));
            }
            try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                String line;
                long number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Object item;
                    try {
                        item = ExportFormat.parse(line);
                    } catch (RuntimeException malformed) {
                        out.println("FAILED: line " + number + " of " + export + " is not a valid export line: "
                                + malformed.getMessage());
                        return 1;
                    }
                    if (item instanceof TreeHead head) {
                        verifier.treeHead(head);
                    } else {
                        verifier.leaf((ExportFormat.Leaf) item);
                    }
                }
            }
            LogVerifier.Verdict verdict = verifier.finish();
            out.println(verdict.describe());
            return verdict.intact() ? 0 : 1;
        } catch (IOException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            err.println("Cannot verify: " + e.getMessage());
            return 2;
        }
    }
}
