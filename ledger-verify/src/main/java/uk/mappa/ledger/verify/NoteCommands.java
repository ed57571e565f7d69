package uk.mappa.ledger.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The verifier's commands for the open formats, and the witness a board can run:
 * <pre>
 * checkpoint FILE --log VKEY [--witness VKEY]... [--quorum N]
 * proof FILE --log VKEY [--witness VKEY]... [--quorum N] [--leaf-hash HEX]
 * witness --name NAME --key KEY.pem --log VKEY [--log VKEY]... --state DIR [--listen HOST:PORT]
 * </pre>
 * A checkpoint or proof passes when the log's signature verifies and at least N of the named witnesses
 * cosigned it (exit 0; 1 when not; 2 on bad usage).
 */
final class NoteCommands {

    static final Set<String> NAMES = Set.of("checkpoint", "proof", "witness");

    private NoteCommands() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, List<String>> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.computeIfAbsent(args[i], name -> new ArrayList<>()).add(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        try {
            return switch (args[0]) {
                case "witness" -> witness(options, positional, out, err);
                default -> check(args[0], options, positional, out, err);
            };
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static int check(String command, Map<String, List<String>> options, List<String> positional,
                             PrintStream out, PrintStream err) throws IOException {
        if (positional.size() != 1 || one(options, "--log").isEmpty()
                || !Set.of("--log", "--witness", "--quorum", "--leaf-hash").containsAll(options.keySet())
                || (command.equals("checkpoint") && options.containsKey("--leaf-hash"))) {
            err.println("Usage: java -jar ledger-verify.jar " + command + " <file> --log <verifier key>"
                    + " [--witness <verifier key>]... [--quorum <n>]" + (command.equals("proof") ? " [--leaf-hash <hex>]" : ""));
            return 2;
        }
        SignedNote.VerifierKey log = key(one(options, "--log").get(), false);
        List<SignedNote.VerifierKey> witnesses = new ArrayList<>();
        for (String witness : options.getOrDefault("--witness", List.of())) {
            witnesses.add(key(witness, true));
        }
        int quorum = Integer.parseInt(one(options, "--quorum").orElse("0"));
        if (quorum < 0 || quorum > witnesses.size()) {
            throw new IllegalArgumentException("--quorum must be between 0 and the number of --witness keys");
        }
        String text = Files.readString(Path.of(positional.get(0)), StandardCharsets.UTF_8);
        SignedNote.Note note;
        String verdict;
        if (command.equals("proof")) {
            Optional<TlogProof> proof = TlogProof.parse(text);
            if (proof.isEmpty()) {
                out.println("FAILED: " + positional.get(0) + " is not a c2sp.org/tlog-proof@v1");
                return 1;
            }
            byte[] leafHash = one(options, "--leaf-hash").map(Hashes::fromHex).orElse(proof.get().extra());
            if (leafHash == null || !proof.get().proves(leafHash, log.name(), log.key())) {
                out.println("FAILED: the proof does not lead to a checkpoint of " + log.name() + " signed by its key");
                return 1;
            }
            note = proof.get().checkpoint();
            verdict = "leaf " + proof.get().index() + " (" + Hashes.hex(leafHash) + ") is in " + log.name();
        } else {
            Optional<SignedNote.Note> read = SignedNote.parse(text);
            Optional<Checkpoint> checkpoint = read.flatMap(parsed -> Checkpoint.parse(parsed.text()))
                    .filter(parsed -> parsed.origin().equals(log.name()));
            if (checkpoint.isEmpty() || !log.verifies(read.get())) {
                out.println("FAILED: not a checkpoint of " + log.name() + " signed by its key");
                return 1;
            }
            note = read.get();
            verdict = "checkpoint of " + log.name() + " at tree size " + checkpoint.get().treeSize();
        }
        long cosigned = witnesses.stream().filter(witness -> witness.verifies(note)).count();
        if (cosigned < quorum) {
            out.println("FAILED: " + cosigned + " of the " + witnesses.size() + " witnesses cosigned; " + quorum
                    + " required");
            return 1;
        }
        out.println("OK: " + verdict + "; cosigned by " + cosigned + " of " + witnesses.size() + " witnesses");
        return 0;
    }

    private static int witness(Map<String, List<String>> options, List<String> positional, PrintStream out,
                               PrintStream err) throws IOException {
        if (!positional.isEmpty() || one(options, "--name").isEmpty() || one(options, "--key").isEmpty()
                || one(options, "--state").isEmpty() || !options.containsKey("--log")
                || !Set.of("--name", "--key", "--log", "--state", "--listen").containsAll(options.keySet())) {
            err.println("Usage: java -jar ledger-verify.jar witness --name <name> --key <key.pem> --log <verifier key>"
                    + " [--log <verifier key>]... --state <folder> [--listen <host:port>]");
            return 2;
        }
        Map<String, LogPublicKey> logs = new LinkedHashMap<>();
        for (String log : options.get("--log")) {
            SignedNote.VerifierKey key = key(log, false);
            logs.put(key.name(), key.key());
        }
        LogSigningKey key = LogSigningKey.loadOrCreate(Path.of(one(options, "--key").get()));
        FileWitnessState state = new FileWitnessState(Path.of(one(options, "--state").get()), Clock.systemUTC());
        Witness witness = new Witness(one(options, "--name").get(), key, logs, state, Clock.systemUTC());
        String[] listen = one(options, "--listen").orElse("127.0.0.1:8095").split(":", 2);
        if (listen.length != 2) {
            throw new IllegalArgumentException("--listen takes host:port");
        }
        try (WitnessServer server = WitnessServer.start(witness, state,
                new InetSocketAddress(listen[0], Integer.parseInt(listen[1])))) {
            out.println("Witness " + one(options, "--name").get() + " following " + logs.keySet() + " on "
                    + listen[0] + ":" + server.port());
            out.println("Its verifier key (give it to the ledger and to auditors): " + witness.verifierKey());
            new CountDownLatch(1).await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static Optional<String> one(Map<String, List<String>> options, String name) {
        List<String> values = options.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " is given more than once");
        }
        return values.stream().findFirst();
    }

    private static SignedNote.VerifierKey key(String verifierKey, boolean witness) {
        SignedNote.VerifierKey key = SignedNote.parseVerifierKey(verifierKey).orElseThrow(() ->
                new IllegalArgumentException("not a verifier key: " + verifierKey));
        if (key.witness() != witness) {
            throw new IllegalArgumentException(verifierKey + " is a " + (key.witness() ? "witness's" : "log's")
                    + " key, not a " + (witness ? "witness's" : "log's"));
        }
        return key;
    }
}
