package uk.mappa.ledger.projections.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewTimescalesRepository extends JpaRepository<ReviewTimescalesEntity, ReviewTimescalesEntity.Key> {

    List<ReviewTimescalesEntity> findByReviewIdInOrOtherReviewIdIn(Collection<String> reviews,
                                                                    Collection<String> others);
}
