package uk.mappa.ledger.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles and medians of measured times, in milliseconds. */
final class Stats {

    private Stats() {
    }

    static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }
}
