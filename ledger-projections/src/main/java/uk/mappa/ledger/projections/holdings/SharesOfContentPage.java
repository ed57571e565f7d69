package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of the shares of one document, and the cursor of the next page (null on the last). */
public record SharesOfContentPage(List<SharedContent> items, String next) implements Page<SharesOfContentPage.SharedContent> {

    public static final String LIST = "shares-of-content";

    public SharesOfContentPage {
        items = List.copyOf(items);
    }

    /**
     * One share of the document: the provider's copy (who shared it, when, under which agreement, marked how),
     * the bodies it went to, and those a copy reached by onward disclosure.
     */
    public record SharedContent(HoldingView provided, List<String> recipientBodyIds, List<String> onwardHolderBodyIds) {
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, Instant::parse);
    }

    /** The same page with each provider's copy as a reader sees it (its title withheld where the rules say). */
    public SharesOfContentPage map(UnaryOperator<HoldingView> presented) {
        return new SharesOfContentPage(items.stream().map(item -> new SharedContent(presented.apply(item.provided()),
                item.recipientBodyIds(), item.onwardHolderBodyIds())).toList(), next);
    }
}
