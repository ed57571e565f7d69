package uk.mappa.ledger.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar ledger-verify.jar export.jsonl --public-key ledger.pem}: checks an auditor's export
 * offline, without the ledger or its database. Prints progress and a verdict; exits 0 when the log is
 * intact, 1 when it is not, 2 on bad usage or unreadable input.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !"--public-key".equals(args[1])) {
            err.println("Usage: java -jar ledger-verify.jar <export.jsonl> --public-key <ledger-public-key.pem>");
            return 2;
        }
        Path export = Path.of(args[0]);
        try {
            LogPublicKey key = LogPublicKey.fromPem(Files.readString(Path.of(args[2]), StandardCharsets.US_ASCII));
            LogVerifier verifier = new LogVerifier(key, count -> err.println("... " + count + " events checked"));
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
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot verify: " + e.getMessage());
            return 2;
        }
    }
}
