package uk.mappa.ledger.projections.audit;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;
import uk.mappa.ledger.core.body.BodyId;

/** Builds only the predicates a filter asks for, so that no query carries untyped null parameters. */
final class AuditSpecifications {

    private AuditSpecifications() {
    }

    static Specification<AuditEntryEntity> matching(AuditScope scope, AuditFilter filter) {
        Specification<AuditEntryEntity> spec = Specification.unrestricted();
        if (!scope.unrestricted()) {
            spec = spec.and(concerningAnyOf(scope.bodies().stream().map(BodyId::value).toList()));
        }
        if (filter.body() != null) {
            spec = spec.and(concerningAnyOf(java.util.List.of(filter.body().value())));
        }
        if (filter.category() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), filter.category().name()));
        }
        if (filter.classification() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("classification"), filter.classification()));
        }
        if (filter.agreement() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("agreementId"), filter.agreement().toString()));
        }
        if (filter.actor() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("actor"), filter.actor()));
        }
        if (filter.eventType() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("eventType"), filter.eventType()));
        }
        if (filter.from() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), filter.to()));
        }
        return spec;
    }

    private static Specification<AuditEntryEntity> concerningAnyOf(Collection<String> bodyIds) {
        return (root, query, cb) -> {
            if (bodyIds.isEmpty()) {
                return cb.disjunction();
            }
            Subquery<Long> concerning = query.subquery(Long.class);
            var entry = concerning.from(AuditEntryEntity.class);
            Join<AuditEntryEntity, String> body = entry.join("bodies");
            concerning.select(entry.get("position"))
                    .where(cb.equal(entry.get("position"), root.get("position")), body.in(bodyIds));
            return cb.exists(concerning);
        };
    }
}
