package uk.mappa.ledger.projections.state;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.agreement.AgreementEvent;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyEvent;
import uk.mappa.ledger.projections.agreement.AgreementView;
import uk.mappa.ledger.projections.history.EventHistory;
import uk.mappa.ledger.projections.holdings.HoldingsAsOf;
import uk.mappa.ledger.projections.register.BodyView;

/**
 * What the ledger said at a past instant, folded from the event history with the same functions the
 * live views use, so an auditor can set the two side by side.
 */
@Component
class LedgerStateAsOf {

    private final EventHistory history;

    LedgerStateAsOf(EventHistory history) {
        this.history = history;
    }

    @QueryHandler
    LedgerStateView handle(FindLedgerStateAsOf query) {
        Map<String, BodyView> bodies = new LinkedHashMap<>();
        Map<AgreementId, AgreementTerms> agreements = new LinkedHashMap<>();
        HoldingsAsOf.Folding holdings = new HoldingsAsOf.Folding(query.asOf());
        history.forEach(message -> {
            holdings.accept(message);
            if (message.getTimestamp().isAfter(query.asOf())) {
                return;
            }
            Object payload = message.getPayload();
            if (payload instanceof BodyEvent event) {
                bodies.compute(event.bodyId().value(), (id, known) -> BodyView.evolve(known, event, message.getTimestamp()));
            } else if (payload instanceof AgreementEvent event) {
                agreements.put(event.agreementId(), AgreementTerms.evolve(agreements.get(event.agreementId()), event));
            }
        });
        return new LedgerStateView(query.asOf(),
                bodies.values().stream().sorted(Comparator.comparing(BodyView::mappaArea).thenComparing(BodyView::name))
                        .toList(),
                agreements.values().stream().map(AgreementView::of).sorted(Comparator.comparing(AgreementView::title))
                        .toList(),
                holdings.held(body -> true));
    }
}
