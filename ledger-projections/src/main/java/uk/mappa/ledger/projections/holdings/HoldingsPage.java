package uk.mappa.ledger.projections.holdings;

import java.util.List;
import java.util.function.UnaryOperator;
import uk.mappa.ledger.projections.Page;

/** A page of copies held, and the cursor of the next page (null on the last). */
public record HoldingsPage(List<HoldingView> items, String next) implements Page<HoldingView> {

    public HoldingsPage {
        items = List.copyOf(items);
    }

    static HoldingsPage of(List<HoldingView> upToOneMore, int size) {
        Page.Slice<HoldingView> slice = Page.slice(upToOneMore, size, view -> HoldingCursor.of(view).encode());
        return new HoldingsPage(slice.items(), slice.next());
    }

    /** The same page with each copy as a reader sees it. */
    public HoldingsPage map(UnaryOperator<HoldingView> presented) {
        return new HoldingsPage(items.stream().map(presented).toList(), next);
    }
}
