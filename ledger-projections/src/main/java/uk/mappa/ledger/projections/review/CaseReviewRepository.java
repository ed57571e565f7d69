package uk.mappa.ledger.projections.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseReviewRepository extends JpaRepository<CaseReviewEntity, String>,
        JpaSpecificationExecutor<CaseReviewEntity> {

    List<CaseReviewEntity> findByCaseDigestIn(Collection<String> digests);
}
