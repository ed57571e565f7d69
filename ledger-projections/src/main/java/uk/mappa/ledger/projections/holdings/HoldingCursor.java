package uk.mappa.ledger.projections.holdings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Where a page of holdings ended: the last copy's time, share and body, which together order every copy.
 * Sent to callers as an opaque token (base64url).
 */
public record HoldingCursor(Instant heldSince, UUID shareId, String bodyId) {

    /** Oldest first, as overdue copies are listed (share ids compared as text: as the database orders them). */
    static final Comparator<HoldingView> OLDEST_FIRST = Comparator.comparing(HoldingView::heldSince)
            .thenComparing(HoldingView::shareId).thenComparing(HoldingView::bodyId);
    /** Most recent first, as a body's holdings are listed. */
    static final Comparator<HoldingView> NEWEST_FIRST = OLDEST_FIRST.reversed();

    static HoldingCursor of(HoldingView view) {
        return new HoldingCursor(view.heldSince(), UUID.fromString(view.shareId()), view.bodyId());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((heldSince + "|" + shareId + "|" + bodyId)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names; empty when it is not one this ledger made. */
    public static Optional<HoldingCursor> decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !BodyId.isWellFormed(parts[2])) {
                return Optional.empty();
            }
            return Optional.of(new HoldingCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), parts[2]));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    /** Whether a copy comes after this cursor in the newest-first order (is older than the copy it names). */
    boolean isNewerThan(HoldingView view) {
        int byTime = heldSince.compareTo(view.heldSince());
        int byShare = byTime != 0 ? byTime : shareId.toString().compareTo(view.shareId());
        return (byShare != 0 ? byShare : bodyId.compareTo(view.bodyId())) > 0;
    }
}
