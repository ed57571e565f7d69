package uk.mappa.ledger.projections.csods;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsEvent;
import uk.mappa.ledger.core.personal.SubjectErased;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindCsodsCase;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindCsodsCases;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindDisclosuresTo;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindMissedCsodsDeadlines;

/** CSODS cases, their missed time limits, and who received disclosures; personal data stays sealed. */
@Component
@ProcessingGroup(CsodsProjection.NAME)
class CsodsProjection {

    static final String NAME = "csods";

    private final CsodsCaseRepository cases;
    private final MissedDeadlineRepository missed;
    private final JsonMapper json = JsonMapper.builder().build();

    CsodsProjection(CsodsCaseRepository cases, MissedDeadlineRepository missed) {
        this.cases = cases;
        this.missed = missed;
    }

    @EventHandler
    void on(CsodsEvent event) {
        UUID id = event.caseId().value();
        CsodsCaseEntity entity = event instanceof CsodsApplicationReceived
                ? new CsodsCaseEntity(id)
                : cases.findById(id).orElseThrow(() -> new IllegalStateException("CSODS case " + id + " is unknown"));
        CsodsCaseView view = CsodsCaseView.evolve(event instanceof CsodsApplicationReceived ? null : read(entity), event);
        entity.update(view, json.writeValueAsString(view));
        cases.save(entity);
        if (event instanceof CsodsDeadlineMissed deadline) {
            missed.save(new MissedDeadlineEntity(id, deadline.deadline().name(), deadline.dueAt(), deadline.force().value()));
        }
    }

    /** An erased subject's sealed values leave every case that held them. */
    @EventHandler
    void on(SubjectErased event) {
        for (CsodsCaseEntity entity : cases.findHolding(event.subjectId().value())) {
            CsodsCaseView view = read(entity).withoutSubject(event.subjectId());
            entity.update(view, json.writeValueAsString(view));
            cases.save(entity);
        }
    }

    @ResetHandler
    void reset() {
        missed.deleteAllInBatch();
        cases.deleteAll();
    }

    @QueryHandler
    Optional<CsodsCaseView> handle(FindCsodsCase query) {
        return cases.findById(query.id().value()).map(this::read);
    }

    @QueryHandler
    List<MissedCsodsDeadline> handle(FindMissedCsodsDeadlines query) {
        List<MissedDeadlineEntity> found = query.forces() == null
                ? missed.findAllByOrderByKeyDueAtDesc()
                : missed.findByForceInOrderByKeyDueAtDesc(query.forces().stream().map(BodyId::value).toList());
        return found.stream().map(MissedDeadlineEntity::toView).toList();
    }

    /** By keyset over index csods_case_by_force (force, received): a page and one more at a time. */
    @QueryHandler
    CsodsCasePage handle(FindCsodsCases query) {
        Specification<CsodsCaseEntity> matching = (found, criteria, builder) -> query.forces() == null
                ? builder.conjunction() : found.get("force").in(query.forces().stream().map(BodyId::value).toList());
        if (query.after() != null) {
            matching = matching.and(query.after().nextInDescendingOrder("receivedAt", Instant::parse, "id", UUID::fromString));
        }
        List<CsodsCaseEntity> page = cases.findBy(matching, fetch -> fetch.sortBy(
                Sort.by(Sort.Direction.DESC, "receivedAt", "id")).limit(query.size() + 1).all());
        Page.Slice<CsodsCaseSummary> slice = Page.slice(
                page.stream().map(entity -> CsodsCaseSummary.of(read(entity), query.now())).toList(), query.size(),
                summary -> new Keyset(summary.receivedAt().toString(), summary.id()).encode(CsodsCasePage.LIST));
        return new CsodsCasePage(slice.items(), slice.next());
    }

    @QueryHandler
    List<CsodsCaseView> handle(FindDisclosuresTo query) {
        return cases.findHolding(query.subject().value()).stream().map(this::read)
                .filter(view -> view.disclosure() != null
                        && view.disclosure().recipient().subjectId().equals(query.subject()))
                .toList();
    }

    private CsodsCaseView read(CsodsCaseEntity entity) {
        return json.readValue(entity.viewJson(), CsodsCaseView.class);
    }
}
