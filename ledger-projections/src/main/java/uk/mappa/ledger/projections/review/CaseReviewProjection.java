package uk.mappa.ledger.projections.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.review.CaseReviewEvent.CaseReviewRegistered;
import uk.mappa.ledger.core.review.CaseReviewEvent.ReviewTimescalesAgreed;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;
import uk.mappa.ledger.projections.review.CaseReviewQueries.FindCaseReview;
import uk.mappa.ledger.projections.review.CaseReviewQueries.FindCaseReviews;

/**
 * Case reviews, and which of them review the same case. Reviews of one case may be registered on different
 * segments in any order, so the link between them is made when read, from the digest each row keeps.
 */
@Component
@ProcessingGroup(BoardsProcesses.GROUP)
class CaseReviewProjection {

    private final CaseReviewRepository reviews;
    private final ReviewTimescalesRepository timescales;

    CaseReviewProjection(CaseReviewRepository reviews, ReviewTimescalesRepository timescales) {
        this.reviews = reviews;
        this.timescales = timescales;
    }

    @EventHandler
    void on(CaseReviewRegistered event, @Timestamp Instant at) {
        reviews.save(new CaseReviewEntity(event.reviewId().toString(), event.board().value(), event.kind().name(),
                event.caseDigest().hex(), event.commissionedOn(), at));
    }

    @EventHandler
    void on(ReviewTimescalesAgreed event, @Timestamp Instant at) {
        timescales.save(new ReviewTimescalesEntity(event.reviewId().toString(), event.otherReviewId().toString(),
                event.completesBy(), event.otherCompletesBy(), event.arrangements(), event.agreedBy(), at));
    }

    @ResetHandler
    void reset() {
        timescales.deleteAllInBatch();
        reviews.deleteAllInBatch();
    }

    @QueryHandler
    Optional<CaseReviewView> handle(FindCaseReview query) {
        return reviews.findById(query.id()).map(review -> views(List.of(review)).get(0));
    }

    @QueryHandler
    CaseReviewPage handle(FindCaseReviews query) {
        Specification<CaseReviewEntity> matching = (review, criteria, builder) -> query.boards() == null
                ? builder.conjunction() : review.get("board").in(query.boards().stream().map(BodyId::value).toList());
        if (query.after() != null) {
            matching = matching.and(query.after().nextInDescendingOrder("registeredAt", Instant::parse, "id",
                    Function.identity()));
        }
        List<CaseReviewEntity> found = reviews.findBy(matching, page -> page.sortBy(
                Sort.by(Sort.Direction.DESC, "registeredAt", "id")).limit(query.size() + 1).all());
        Page.Slice<CaseReviewView> slice = Page.slice(views(found), query.size(),
                view -> new Keyset(view.registeredAt().toString(), view.id()).encode(CaseReviewPage.LIST));
        return new CaseReviewPage(slice.items(), slice.next());
    }

    /** The reviews with their companions and timescales: two more queries however many reviews. */
    private List<CaseReviewView> views(List<CaseReviewEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, List<CaseReviewEntity>> byCase = reviews.findByCaseDigestIn(
                        found.stream().map(CaseReviewEntity::caseDigest).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(CaseReviewEntity::caseDigest));
        Collection<String> ids = found.stream().map(CaseReviewEntity::id).toList();
        List<CaseReviewView.Timescales> agreed = timescales.findByReviewIdInOrOtherReviewIdIn(ids, ids).stream()
                .map(ReviewTimescalesEntity::toView).toList();
        return found.stream().map(review -> review.toView(
                byCase.get(review.caseDigest()).stream().filter(other -> !other.id().equals(review.id()))
                        .map(CaseReviewEntity::asOther).toList(),
                agreed.stream().filter(times -> times.reviewId().equals(review.id())
                        || times.otherReviewId().equals(review.id())).toList())).toList();
    }
}
