package uk.mappa.ledger.projections;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page ended in a list ordered by one value (a date or an instant, as text) and then by id: the cursor of
 * the lists that order by a single field. Sent to callers as an opaque token naming its list, so a cursor of one
 * list is no cursor of another.
 */
public record Keyset(String value, String id) {

    public String encode(String list) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + "|" + value + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names for this list; empty when it is not one this ledger made for it. */
    public static Optional<Keyset> decode(String list, String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(list) || parts[1].isEmpty()) {
                return Optional.empty();
            }
            UUID.fromString(parts[2]);
            return Optional.of(new Keyset(parts[1], parts[2]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
