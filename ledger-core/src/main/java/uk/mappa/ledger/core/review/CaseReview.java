package uk.mappa.ledger.core.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.review.CaseReviewCommands.AgreeReviewTimescales;
import uk.mappa.ledger.core.review.CaseReviewCommands.RegisterCaseReview;
import uk.mappa.ledger.core.review.CaseReviewEvent.CaseReviewRegistered;
import uk.mappa.ledger.core.review.CaseReviewEvent.ReviewTimescalesAgreed;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A review of a case by a board: an LSCB serious case review, a MAPPA serious case review commissioned by the
 * SMB, or another review. Where two boards review the same case they agree timescales (Merseyside protocol
 * c-d); which reviews share a case is decided when read, from the keyed digests.
 */
public class CaseReview {

    @AggregateIdentifier
    private CaseReviewId id;
    private ReviewTerms terms;

    protected CaseReview() {
        // for Axon
    }

    @CommandHandler
    public CaseReview(RegisterCaseReview command, BodyRegister bodies) {
        RegisteredBody board = bodies.find(command.board()).orElseThrow(() -> RuleViolation.unprocessable(
                "unknown-body", "The board '" + command.board() + "' is not in the register; see GET /api/bodies."));
        requireOfficerOf(command.actor(), command.board());
        if (!command.kind().undertakenBy(board.kind())) {
            throw RuleViolation.unprocessable("review-kind-not-for-board", "A " + command.kind() + " is not"
                    + " undertaken by a " + board.kind() + ".");
        }
        if (!board.isOpen()) {
            throw RuleViolation.unprocessable("body-not-open", "The board '" + command.board() + "' is "
                    + board.status().name().toLowerCase() + ".");
        }
        if (command.commissionedOn().isAfter(AgreementTerms.dayOf(command.now()))) {
            throw RuleViolation.unprocessable("commissioned-in-future", "Register a review that has been commissioned.");
        }
        apply(new CaseReviewRegistered(command.reviewId(), command.board(), command.kind(), command.caseDigest(),
                command.commissionedOn(), command.actor().userId()));
    }

    @CommandHandler
    void handle(AgreeReviewTimescales command, CaseReviews reviews) {
        requireOfficerOf(command.actor(), terms.board());
        ReviewTerms other = reviews.find(command.otherReviewId())
                .filter(found -> found.caseDigest().equals(terms.caseDigest()) && !found.id().equals(id))
                .orElseThrow(() -> RuleViolation.unprocessable("not-a-review-of-the-same-case", "Review "
                        + command.otherReviewId() + " is not another review of the same case."));
        if (other.board().equals(terms.board())) {
            throw RuleViolation.unprocessable("same-board", "Timescales are agreed with another board's review.");
        }
        LocalDate today = AgreementTerms.dayOf(command.now());
        if (command.completesBy().isBefore(today) || command.otherCompletesBy().isBefore(today)) {
            throw RuleViolation.unprocessable("timescale-in-past", "Agreed timescales end after today.");
        }
        apply(new ReviewTimescalesAgreed(id, terms.board(), other.id(), other.board(), command.completesBy(),
                command.otherCompletesBy(), Require.text("arrangements", command.arrangements()),
                command.actor().userId()));
    }

    private static void requireOfficerOf(Actor actor, BodyId board) {
        if (!actor.actsFor(board, Role.BUSINESS_MANAGER) && !actor.actsFor(board, Role.CHAIR)) {
            throw RuleViolation.forbidden("not-board-officer", "Only the business manager or chair of " + board
                    + " registers its reviews and agrees their timescales.");
        }
    }

    @EventSourcingHandler
    void on(CaseReviewRegistered event) {
        id = event.reviewId();
        terms = new ReviewTerms(event.reviewId(), event.board(), event.kind(), event.caseDigest());
    }
}
