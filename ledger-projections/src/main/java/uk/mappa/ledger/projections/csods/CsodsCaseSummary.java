package uk.mappa.ledger.projections.csods;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.csods.CsodsStage;

/**
 * A CSODS case as a list shows it: where it is and the next time limit it has to meet, and no personal data.
 *
 * @param nextDeadline the earliest time limit not yet met (null once every one is met)
 * @param overdue      whether that time limit has passed
 */
public record CsodsCaseSummary(String id, String force, String stage, Instant receivedAt, String nextDeadline,
                               Instant nextDueAt, boolean overdue, int missedDeadlines) {

    static CsodsCaseSummary of(CsodsCaseView view, Instant now) {
        CsodsStage stage = CsodsStage.valueOf(view.stage());
        Map<String, Instant> due = view.due() == null ? Map.of() : view.due();
        Map.Entry<String, Instant> next = Arrays.stream(CsodsDeadline.values())
                .filter(deadline -> !deadline.metAt(stage) && due.containsKey(deadline.name()))
                .map(deadline -> Map.entry(deadline.name(), due.get(deadline.name())))
                .min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .orElse(null);
        return new CsodsCaseSummary(view.id(), view.force(), view.stage(), view.receivedAt(),
                next == null ? null : next.getKey(), next == null ? null : next.getValue(),
                next != null && next.getValue().isBefore(now),
                view.missedDeadlines() == null ? 0 : view.missedDeadlines().size());
    }
}
