package uk.mappa.ledger.projections;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the list's order, and the cursor of the next page (null on the last): the one way
 * the ledger pages its lists. Lists are paged by keyset: a cursor names the last item returned, so a page
 * deep in a long list costs what the first one does, and items added meanwhile neither repeat nor go
 * missing. Each list has its own page record (queries name their result type exactly).
 */
public interface Page<T> {

    int DEFAULT_SIZE = 100;
    int MAX_SIZE = 500;

    List<T> items();

    String next();

    /** The items of a page of {@code size} from a read of up to size + 1, and the next page's cursor. */
    static <T> Slice<T> slice(List<T> upToOneMore, int size, Function<T, String> cursorOf) {
        if (upToOneMore.size() <= size) {
            return new Slice<>(List.copyOf(upToOneMore), null);
        }
        List<T> items = List.copyOf(upToOneMore.subList(0, size));
        return new Slice<>(items, cursorOf.apply(items.get(size - 1)));
    }

    /** What {@link #slice} found: a page's items and the cursor after them. */
    record Slice<T>(List<T> items, String next) {
    }

    /** Checks a requested page size. */
    static int requireSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " items, not " + size);
        }
        return size;
    }
}
