package uk.mappa.ledger.projections.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of MAPPA meeting notices, the latest meeting first, and the cursor of the next page (null on the last). */
public record MeetingPage(List<MeetingView> items, String next) implements Page<MeetingView> {

    public static final String LIST = "mappa-meetings";

    public MeetingPage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, Instant::parse);
    }

    /** The same page with each notice as a reader sees it. */
    public MeetingPage map(UnaryOperator<List<MeetingView>> presented) {
        return new MeetingPage(presented.apply(items), next);
    }
}
