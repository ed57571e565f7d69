package uk.mappa.ledger.projections.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams the audit trail, newest first, one entry at a time: a year of records goes out without ever
 * being held in memory together.
 */
@Component
public class AuditExport {

    static final int FETCH_SIZE = 500;

    private final EntityManager entityManager;

    AuditExport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public void forEach(AuditScope scope, AuditFilter filter, Consumer<AuditEntryView> consumer) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntryEntity> query = cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> root = query.from(AuditEntryEntity.class);
        query.select(root)
                .where(AuditSpecifications.matching(scope, filter).toPredicate(root, query, cb))
                .orderBy(cb.desc(root.get("position")));
        try (Stream<AuditEntryEntity> entries = entityManager.createQuery(query)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            entries.forEach(entry -> {
                consumer.accept(entry.toView());
                entityManager.detach(entry);
            });
        }
    }
}
