package uk.mappa.ledger.projections.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.agreement.AgreementEvent;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;

/** The agreements and their current terms, by party and by review date. */
@Component
@ProcessingGroup(AgreementProjection.NAME)
class AgreementProjection {

    static final String NAME = "agreements";

    private final AgreementRepository agreements;
    private final JsonMapper json = JsonMapper.builder().build();

    AgreementProjection(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @EventHandler
    void on(AgreementEvent event) {
        UUID id = event.agreementId().value();
        AgreementEntity entity = agreements.findById(id).orElseGet(() -> new AgreementEntity(id));
        AgreementTerms terms = AgreementTerms.evolve(read(entity), event);
        entity.update(terms.status().name(), terms.reviewDue(),
                terms.parties().stream().map(BodyId::value).collect(Collectors.toSet()), json.writeValueAsString(terms));
        agreements.save(entity);
    }

    @ResetHandler
    void reset() {
        agreements.deleteAll();
    }

    @QueryHandler
    Optional<AgreementView> handle(FindAgreement query) {
        return agreements.findById(query.id().value()).map(this::read).map(AgreementView::of);
    }

    @QueryHandler
    List<AgreementView> handle(FindAgreements query) {
        List<AgreementEntity> found = query.reviewDueBy() != null
                ? agreements.findReviewDueBy(query.reviewDueBy())
                : query.party() != null ? agreements.findNaming(query.party().value()) : agreements.findAll();
        return found.stream()
                .map(this::read)
                .filter(terms -> query.party() == null || terms.names(query.party()))
                .map(AgreementView::of)
                .sorted(Comparator.comparing(AgreementView::title))
                .toList();
    }

    private AgreementTerms read(AgreementEntity entity) {
        return entity.termsJson() == null ? null : json.readValue(entity.termsJson(), AgreementTerms.class);
    }
}
