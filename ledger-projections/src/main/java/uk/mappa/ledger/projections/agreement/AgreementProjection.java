package uk.mappa.ledger.projections.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.agreement.AgreementAmended;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementEvent;
import uk.mappa.ledger.core.agreement.AgreementReviewed;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.agreement.LegislativeChange.LegislativeChangeRecorded;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** The agreements and their current terms, by party and by review date. */
@Component
@ProcessingGroup(AgreementProjection.NAME)
class AgreementProjection {

    static final String NAME = "agreements";

    private final AgreementRepository agreements;
    private final LegislativeChangeRepository changes;
    private final JsonMapper json = JsonMapper.builder().build();

    AgreementProjection(AgreementRepository agreements, LegislativeChangeRepository changes) {
        this.agreements = agreements;
        this.changes = changes;
    }

    @EventHandler
    void on(AgreementEvent event, @Timestamp Instant at) {
        UUID id = event.agreementId().value();
        AgreementEntity entity = agreements.findById(id).orElseGet(() -> new AgreementEntity(id));
        AgreementTerms terms = AgreementTerms.evolve(read(entity), event);
        entity.update(terms.title(), terms.status().name(), terms.reviewDue(),
                terms.parties().stream().map(BodyId::value).collect(Collectors.toSet()), json.writeValueAsString(terms));
        if (event instanceof AgreementDrafted || event instanceof AgreementReviewed
                || event instanceof AgreementAmended) {
            entity.reviewedAt(at);
        }
        agreements.save(entity);
    }

    /**
     * A change in the law makes every agreement reviewed "as required" due for review, until it is reviewed or
     * amended. Decided when read, from when each was last reviewed: the change and the agreements' own events
     * may be processed in either order.
     */
    @EventHandler
    void on(LegislativeChangeRecorded event, @Timestamp Instant at) {
        changes.save(new LegislativeChangeEntity(event.changeId(), event.title(), event.effectiveOn(), at));
    }

    @ResetHandler
    void reset() {
        agreements.deleteAll();
        changes.deleteAllInBatch();
    }

    @QueryHandler
    Optional<AgreementView> handle(FindAgreement query) {
        return agreements.findById(query.id().value()).map(entity -> view(entity, changes()));
    }

    /** Before every agreement in title order. */
    private static final Keyset FIRST = new Keyset("", new UUID(0, 0).toString());

    @QueryHandler
    AgreementPage handle(FindAgreements query) {
        Keyset after = query.after() == null ? FIRST : query.after();
        UUID afterId = UUID.fromString(after.id());
        Limit limit = Limit.of(query.size() + 1);
        String party = query.party() == null ? null : query.party().value();
        List<AgreementEntity> found = query.reviewDueBy() == null
                ? party == null ? agreements.findAfter(after.value(), afterId, limit)
                        : agreements.findNaming(party, after.value(), afterId, limit)
                : party == null ? agreements.findReviewDueBy(query.reviewDueBy(), after.value(), afterId, limit)
                        : agreements.findReviewDueByNaming(party, query.reviewDueBy(), after.value(), afterId, limit);
        List<LegislativeChangeEntity> changes = changes();
        Page.Slice<AgreementView> slice = Page.slice(found.stream().map(entity -> view(entity, changes)).toList(),
                query.size(),
                view -> new Keyset(view.title(), view.id()).encode(AgreementPage.LIST));
        return new AgreementPage(slice.items(), slice.next());
    }

    /** The legislative changes, newest first: read once for a whole list. */
    private List<LegislativeChangeEntity> changes() {
        return changes.findAllByOrderByRecordedAtDesc();
    }

    /** With the newest legislative change since it was last reviewed, for an agreement reviewed as required. */
    private AgreementView view(AgreementEntity entity, List<LegislativeChangeEntity> newestFirst) {
        AgreementView view = AgreementView.of(read(entity));
        if (entity.reviewDue() != null) {
            return view;
        }
        // Stored before reviews were timed: any change counts.
        return view.flaggedForReviewBy(newestFirst.stream()
                .filter(change -> entity.reviewedAt() == null || change.recordedAt().isAfter(entity.reviewedAt()))
                .findFirst().map(LegislativeChangeEntity::toView).orElse(null));
    }

    private AgreementTerms read(AgreementEntity entity) {
        return entity.termsJson() == null ? null : json.readValue(entity.termsJson(), AgreementTerms.class);
    }
}
