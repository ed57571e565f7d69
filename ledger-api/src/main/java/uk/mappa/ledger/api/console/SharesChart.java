package uk.mappa.ledger.api.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.mappa.ledger.projections.holdings.SharesInMonth;
import uk.mappa.ledger.projections.register.BodyView;

/**
 * Shares a month per body, as the dashboard draws it: a bar a month (its width relative to the busiest month),
 * and a table of each body's months, which is also what a screen reader reads.
 *
 * @param months oldest first
 * @param bodies the bodies that shared anything in those months, by name
 */
public record SharesChart(List<Month> months, List<BodyRow> bodies) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** One month: its label, every body's shares together, and its bar's width in percent. */
    public record Month(String label, int shares, int percent) {
    }

    /** One body's shares in each month, oldest first. */
    public record BodyRow(String name, List<Integer> shares, int total) {
    }

    static SharesChart of(List<SharesInMonth> counted, List<BodyView> register, LocalDate today, int monthCount) {
        List<LocalDate> firstDays = new ArrayList<>();
        for (int back = monthCount - 1; back >= 0; back--) {
            firstDays.add(today.withDayOfMonth(1).minusMonths(back));
        }
        Map<String, String> names = register.stream()
                .collect(Collectors.toMap(BodyView::id, BodyView::name, (first, same) -> first));
        Map<String, Map<LocalDate, Integer>> byBody = new TreeMap<>();
        counted.forEach(count -> byBody.computeIfAbsent(count.bodyId(), body -> new TreeMap<>())
                .merge(count.month(), count.shares(), Integer::sum));
        List<BodyRow> rows = byBody.entrySet().stream()
                .map(body -> {
                    List<Integer> shares = firstDays.stream().map(day -> body.getValue().getOrDefault(day, 0)).toList();
                    return new BodyRow(names.getOrDefault(body.getKey(), body.getKey()), shares,
                            shares.stream().mapToInt(Integer::intValue).sum());
                })
                .filter(row -> row.total() > 0)
                .sorted(Comparator.comparing(BodyRow::name))
                .toList();
        List<Integer> totals = new ArrayList<>();
        for (int month = 0; month < firstDays.size(); month++) {
            int index = month;
            totals.add(rows.stream().mapToInt(row -> row.shares().get(index)).sum());
        }
        int busiest = Math.max(1, totals.stream().mapToInt(Integer::intValue).max().orElse(0));
        List<Month> months = new ArrayList<>();
        for (int month = 0; month < firstDays.size(); month++) {
            months.add(new Month(firstDays.get(month).format(LABEL), totals.get(month),
                    (int) Math.round(100.0 * totals.get(month) / busiest)));
        }
        return new SharesChart(List.copyOf(months), rows);
    }
}
