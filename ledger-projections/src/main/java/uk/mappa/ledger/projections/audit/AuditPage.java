package uk.mappa.ledger.projections.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.mappa.ledger.projections.Page;

/** A page of the audit trail, newest first, and the cursor of the next page (null on the last). */
public record AuditPage(List<AuditEntryView> items, String next) implements Page<AuditEntryView> {

    public AuditPage {
        items = List.copyOf(items);
    }

    static AuditPage of(List<AuditEntryView> upToOneMore, int size) {
        Page.Slice<AuditEntryView> slice = Page.slice(upToOneMore, size, entry -> cursor(entry.position()));
        return new AuditPage(slice.items(), slice.next());
    }

    /** The same page with each entry as a reader sees it. */
    public AuditPage map(UnaryOperator<AuditEntryView> presented) {
        return new AuditPage(items.stream().map(presented).toList(), next);
    }

    /** The opaque cursor after an entry: its position in the event store. */
    static String cursor(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("audit|" + position)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; empty when it is not one this ledger made. */
    public static Optional<Long> position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return text.matches("audit\\|(0|[1-9][0-9]{0,18})") ? Optional.of(Long.parseLong(text.substring(6)))
                    : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
