package uk.mappa.ledger.projections;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * The cursor a token names for this list, whose ordering value {@code value} parses (e.g. {@code Instant::parse});
     * empty when it is not one this ledger made for it.
     */
    public static Optional<Keyset> decode(String list, String token, Function<String, ?> value) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(list)) {
                return Optional.empty();
            }
            value.apply(parts[1]);
            UUID.fromString(parts[2]);
            return Optional.of(new Keyset(parts[1], parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
