package uk.mappa.ledger.verify;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's export as JSON Lines: one {@code "event"} line per leaf of the log, in leaf order, with the
 * event exactly as stored (payload and metadata in base64) and the leaf hash sealed for it; then one
 * {@code "treeHead"} line per signed tree head, the latest last.
 */
public final class ExportFormat {

    public static final String EVENT = "event";
    public static final String TREE_HEAD = "treeHead";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder DECODE = Base64.getDecoder();

    private ExportFormat() {
    }

    /** One leaf of the log; {@code event} is null when the sealed event is no longer in the store. */
    public record Leaf(long leafIndex, String eventIdentifier, byte[] sealedLeafHash, StoredEvent event) {
    }

    public static String eventLine(Leaf leaf) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", EVENT);
        line.put("leafIndex", leaf.leafIndex());
        line.put("leafHash", Hashes.hex(leaf.sealedLeafHash()));
        line.put("eventIdentifier", leaf.eventIdentifier());
        StoredEvent event = leaf.event();
        if (event == null) {
            line.put("missing", true);
        } else {
            line.put("globalIndex", event.globalIndex());
            line.put("aggregateIdentifier", event.aggregateIdentifier());
            line.put("sequenceNumber", event.sequenceNumber());
            line.put("aggregateType", event.aggregateType());
            line.put("timestamp", event.timestamp());
            line.put("payloadType", event.payloadType());
            line.put("payloadRevision", event.payloadRevision());
            line.put("payload", BASE64.encodeToString(event.payload()));
            line.put("metaData", event.metaData() == null ? null : BASE64.encodeToString(event.metaData()));
        }
        return JSON.writeValueAsString(line);
    }

    public static String treeHeadLine(TreeHead head) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", TREE_HEAD);
        line.put("treeSize", head.treeSize());
        line.put("rootHash", Hashes.hex(head.rootHash()));
        line.put("timestamp", head.timestamp().toString());
        line.put("algorithm", TreeHead.ALGORITHM);
        line.put("signature", BASE64.encodeToString(head.signature()));
        return JSON.writeValueAsString(line);
    }

    /** Reads one line: a {@link Leaf} or a {@link TreeHead}. */
    public static Object parse(String text) {
        JsonNode line = JSON.readTree(text);
        String type = line.path("type").asString("");
        if (TREE_HEAD.equals(type)) {
            return treeHead(line);
        }
        if (!EVENT.equals(type)) {
            throw new IllegalArgumentException("Unknown line type '" + type + "'");
        }
        StoredEvent event = line.path("missing").asBoolean(false) ? null : new StoredEvent(
                line.get("globalIndex").asLong(), line.get("eventIdentifier").asString(),
                text(line, "aggregateIdentifier"), line.get("sequenceNumber").asLong(), text(line, "aggregateType"),
                text(line, "timestamp"), text(line, "payloadType"), text(line, "payloadRevision"),
                DECODE.decode(line.get("payload").asString()),
                line.get("metaData") == null || line.get("metaData").isNull() ? null
                        : DECODE.decode(line.get("metaData").asString()));
        return new Leaf(line.get("leafIndex").asLong(), line.get("eventIdentifier").asString(),
                Hashes.fromHex(line.get("leafHash").asString()), event);
    }

    /**
     * A signed tree head as the ledger publishes it (GET /api/ledger/tree-head) or as an export line, e.g. one
     * an auditor kept from an earlier visit.
     */
    public static TreeHead parseTreeHead(String json) {
        JsonNode head = JSON.readTree(json);
        for (String field : new String[] {"treeSize", "rootHash", "timestamp", "signature"}) {
            if (head.get(field) == null || head.get(field).isNull()) {
                throw new IllegalArgumentException("a tree head needs '" + field + "'");
            }
        }
        return treeHead(head);
    }

    private static TreeHead treeHead(JsonNode line) {
        return new TreeHead(line.get("treeSize").asLong(), Hashes.fromHex(line.get("rootHash").asString()),
                Instant.parse(line.get("timestamp").asString()), DECODE.decode(line.get("signature").asString()));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
