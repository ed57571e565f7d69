package uk.mappa.ledger.projections.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReviewRepository extends JpaRepository<CaseReviewEntity, String> {

    List<CaseReviewEntity> findByCaseDigestIn(Collection<String> digests);

    List<CaseReviewEntity> findByBoardInOrderByRegisteredAtDesc(Collection<String> boards);

    List<CaseReviewEntity> findAllByOrderByRegisteredAtDesc();
}
