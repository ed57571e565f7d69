package uk.mappa.ledger.api.ledger;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.log.LogStore;
import uk.mappa.ledger.verify.ExportFormat;

/**
 * The whole history for an auditor to take away and check offline: JSON Lines of every event as stored with its
 * leaf, then every signed tree head, the latest last (the API's and the console's download alike).
 */
@Component
public class LogExport {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final LogStore store;
    private final TransactionTemplate readOnly;

    LogExport(LogStore store, TransactionTemplate transactions) {
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    public ResponseEntity<StreamingResponseBody> download(Actor actor) {
        ReadAccess.requireAuditor(actor);
        StreamingResponseBody body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            readOnly.executeWithoutResult(status -> {
                store.forEachLeaf(lines(writer, ExportFormat::eventLine));
                store.forEachTreeHead(lines(writer, ExportFormat::treeHeadLine));
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-export.jsonl\"")
                .body(body);
    }

    private static <T> Consumer<T> lines(BufferedWriter writer, java.util.function.Function<T, String> format) {
        return item -> {
            try {
                writer.write(format.apply(item));
                writer.write('\n');
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
