package uk.mappa.ledger.support;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import uk.mappa.ledger.verify.Hashes;

/** Hashes as the ledger's JSON answers list them (hex strings), read back as bytes. */
public final class HexHashes {

    private HexHashes() {
    }

    public static List<byte[]> of(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(Hashes.fromHex(hash.asString())));
        return hashes;
    }
}
