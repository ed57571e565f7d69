package uk.mappa.ledger.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The witness over HTTP, as c2sp.org/tlog-witness defines it: {@code POST /add-checkpoint}; and
 * {@code GET /split-views}, the evidence of every split view it saw (empty when there is none).
 */
public final class WitnessServer implements AutoCloseable {

    static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService threads;

    private WitnessServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static WitnessServer start(Witness witness, FileWitnessState state, InetSocketAddress address)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/add-checkpoint", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("POST")) {
                    respond(exchange, Witness.Response.text(405, "POST a checkpoint here.\n"));
                    return;
                }
                byte[] body = read(exchange.getRequestBody());
                respond(exchange, body == null ? Witness.Response.text(413, "The request is too large.\n")
                        : witness.addCheckpoint(new String(body, StandardCharsets.UTF_8)));
            }
        });
        server.createContext("/split-views", exchange -> {
            try (exchange) {
                respond(exchange, Witness.Response.text(200, String.join("\n----\n", state.splitViews())));
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        server.setExecutor(threads);
        server.start();
        return new WitnessServer(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
        return bytes.length > MAX_REQUEST_BYTES ? null : bytes;
    }

    private static void respond(HttpExchange exchange, Witness.Response response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
