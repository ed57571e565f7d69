package uk.mappa.ledger.projections.csods;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsCaseClosed;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsDisclosureDecided;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.csods.CsodsEvent;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindCsodsFigures;
import uk.mappa.ledger.projections.history.EventHistory;

/** Counts per quarter of application, folded from the events of a force's cases. */
@Component
class CsodsFigures {

    static final Duration SCHEME_LENGTH = Duration.ofDays(45);

    private final EventHistory history;

    CsodsFigures(EventHistory history) {
        this.history = history;
    }

    private static final class Tally {
        int applications;
        int disclose;
        int notDisclose;
        int disclosures;
        int closed;
        int closedInTime;
        int missed;
    }

    @QueryHandler
    List<CsodsQuarter> handle(FindCsodsFigures query) {
        Map<String, Instant> receivedAt = new HashMap<>();
        Map<String, Tally> quarters = new TreeMap<>();
        history.forEach(message -> {
            if (!(message.getPayload() instanceof CsodsEvent event) || !event.force().equals(query.force())) {
                return;
            }
            String caseId = event.caseId().toString();
            if (event instanceof CsodsApplicationReceived received) {
                receivedAt.put(caseId, received.receivedAt());
            }
            Instant received = receivedAt.get(caseId);
            if (received == null) {
                return;
            }
            Tally tally = quarters.computeIfAbsent(quarterOf(received), quarter -> new Tally());
            if (event instanceof CsodsApplicationReceived) {
                tally.applications++;
            } else if (event instanceof CsodsDisclosureDecided decided) {
                if (decided.disclose()) {
                    tally.disclose++;
                } else {
                    tally.notDisclose++;
                }
            } else if (event instanceof CsodsDisclosureMade) {
                tally.disclosures++;
            } else if (event instanceof CsodsCaseClosed closed) {
                tally.closed++;
                if (!closed.at().isAfter(received.plus(SCHEME_LENGTH))) {
                    tally.closedInTime++;
                }
            } else if (event instanceof CsodsDeadlineMissed) {
                tally.missed++;
            }
        });
        return quarters.entrySet().stream()
                .map(entry -> new CsodsQuarter(entry.getKey(), entry.getValue().applications, entry.getValue().disclose,
                        entry.getValue().notDisclose, entry.getValue().disclosures, entry.getValue().closed,
                        entry.getValue().closedInTime, entry.getValue().missed))
                .toList();
    }

    static String quarterOf(Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        return at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
    }
}
