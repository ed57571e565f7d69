package uk.mappa.ledger.core.share;

import java.util.Arrays;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.arrangement.ArrangementTerms;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.arrangement.HandlingArrangements;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.review.CaseReviewId;
import uk.mappa.ledger.core.review.ReviewTerms;
import uk.mappa.ledger.core.rule.RuleViolation;

/** What the agreements and memoranda require of a share beyond its agreement covering it. */
final class SharingTerms {

    private SharingTerms() {
    }

    /**
     * A share is recorded by a business manager of its provider; an SMB's strategic information also by its
     * MAPPA co-ordinator, who ensures it is shared with the LSCBs (Merseyside MoU 5).
     */
    static void requireRecorderFor(Actor actor, BodyId provider, Category category, BodyRegister bodies) {
        requireRecorderOf(actor, provider, category);
        if (!actor.actsFor(provider, Role.BUSINESS_MANAGER)
                && bodies.find(provider).filter(body -> body.kind() == BodyKind.SMB).isEmpty()) {
            throw notRecorder(actor, provider);
        }
    }

    /**
     * Changing a share is for those who may record it. A co-ordinator's share was an SMB's when it was recorded,
     * so only the role and the category are checked again.
     */
    static void requireRecorderOf(Actor actor, BodyId provider, Category category) {
        if (!actor.actsFor(provider, Role.BUSINESS_MANAGER)
                && !(category.isStrategic() && actor.actsFor(provider, Role.MAPPA_COORDINATOR))) {
            throw notRecorder(actor, provider);
        }
    }

    private static RuleViolation notRecorder(Actor actor, BodyId provider) {
        return RuleViolation.forbidden("not-provider-business-manager",
                "Only a business manager of " + provider + " (or an SMB's MAPPA co-ordinator, for its strategic"
                        + " information) can do this for what it shared; you act for "
                        + (actor.body() == null ? "no body" : actor.body().value()) + ".");
    }

    /** Every share cites a lawful basis, and it must be one its agreement relies on. */
    static void requireLawfulBasisOf(AgreementTerms agreement, LawfulBasis basis) {
        if (!agreement.lawfulBases().contains(basis)) {
            throw RuleViolation.unprocessable("lawful-basis-not-in-agreement", "Agreement '" + agreement.title()
                    + "' relies on " + agreement.lawfulBases() + ", not on " + basis + ".");
        }
    }

    /**
     * Case information under an agreement that requires it is shared only under a handling arrangement of that
     * agreement, in force on the share date, between the provider and every recipient (HIPS protocol 6.2). An
     * arrangement is cited by case information only.
     */
    static void requireHandlingArrangementFor(RecordShare share, AgreementTerms agreement,
                                              HandlingArrangements arrangements) {
        HandlingArrangementId cited = share.handlingArrangement();
        if (cited != null && share.category() != Category.CASE_INFORMATION) {
            throw RuleViolation.unprocessable("handling-arrangement-not-for-category", "A handling arrangement is"
                    + " cited by CASE_INFORMATION shares only, not by " + share.category() + ".");
        }
        if (cited == null) {
            if (share.category() == Category.CASE_INFORMATION && agreement.caseInformationNeedsArrangement()) {
                throw RuleViolation.unprocessable("handling-arrangement-required", "Agreement '" + agreement.title()
                        + "' requires case information to be shared under a handling arrangement the parties agreed"
                        + " in advance; cite one.");
            }
            return;
        }
        ArrangementTerms arrangement = arrangements.find(cited)
                .filter(found -> found.agreementId().equals(share.agreementId()))
                .orElseThrow(() -> RuleViolation.unprocessable("handling-arrangement-not-found", "There is no"
                        + " handling arrangement " + cited + " under agreement '" + agreement.title() + "'."));
        if (!arrangement.inForceAt(share.sharedAt())) {
            throw RuleViolation.unprocessable("handling-arrangement-not-in-force", "Handling arrangement " + cited
                    + " was not in force on " + share.sharedAt() + ".");
        }
        for (BodyId body : ShareEvent.parties(share.provider(), share.recipients())) {
            if (!arrangement.names(body)) {
                throw RuleViolation.unprocessable("handling-arrangement-not-covering", "Handling arrangement "
                        + cited + " does not include " + body + ".");
            }
        }
    }

    /**
     * What a share comes from. Learning from a case review may name the review, and then only a review of the
     * provider's own board: the board that undertook it shares its learning (Merseyside protocol b). Minutes are
     * disclosed only as the executive summary the meeting's chair agreed, in answer to a request the chair
     * decided, by the chairing agency to the body that asked (West Yorkshire memorandum). Other categories link to
     * nothing.
     */
    static void requireLinkFor(RecordShare share, LinkedRecords links) {
        ShareLink link = share.link();
        if (share.category() == Category.MINUTES) {
            requireMinutesDecisionFor(share, links);
            return;
        }
        if (link == null) {
            return;
        }
        if (share.category() != Category.SCR_LEARNING || link.kind() != ShareLink.Kind.CASE_REVIEW) {
            throw RuleViolation.unprocessable("link-not-for-category", "A " + share.category() + " share links to"
                    + " no " + link.kind() + ".");
        }
        ReviewTerms review = links.caseReview(new CaseReviewId(link.id())).orElseThrow(() ->
                RuleViolation.unprocessable("case-review-not-found", "There is no case review " + link.id() + "."));
        if (!review.board().equals(share.provider())) {
            throw RuleViolation.unprocessable("not-reviewing-board", "Review " + link.id() + " is " + review.board()
                    + "'s; its learning is shared by that board.");
        }
    }

    private static void requireMinutesDecisionFor(RecordShare share, LinkedRecords links) {
        ShareLink link = share.link();
        if (link == null || link.kind() != ShareLink.Kind.MINUTES_REQUEST) {
            throw RuleViolation.unprocessable("minutes-request-required", "Minutes are disclosed only in answer to a"
                    + " request the meeting's chair decided: cite it as minutesRequestId.");
        }
        MinutesDisclosure request = links.minutesRequest(link.id()).orElseThrow(() ->
                RuleViolation.unprocessable("minutes-request-not-found", "There is no minutes request " + link.id()
                        + "."));
        if (!share.provider().equals(request.chairBody())) {
            throw RuleViolation.unprocessable("not-chairing-agency", "The executive summary is disclosed by "
                    + request.chairBody() + ", whose officer chaired the meeting.");
        }
        if (request.requesterBody() == null || !share.recipients().equals(java.util.List.of(request.requesterBody()))) {
            throw RuleViolation.unprocessable("recipient-not-requester", "The executive summary goes to the body"
                    + " that asked for it" + (request.requesterBody() == null ? "; this request was a person's."
                    : ", " + request.requesterBody() + ", alone."));
        }
        if (!request.agrees(share.content())) {
            throw RuleViolation.unprocessable("executive-summary-not-agreed", "The chair has not agreed to disclose"
                    + " this document: only the executive summary whose SHA-256 the chair's decision records.");
        }
    }

    /** Performance information is shared for service development only (HIPS protocol 6.1). */
    static void requirePurposeAllowedFor(Category category, String purpose) {
        if (category == Category.TREND_DATA && !ServiceDevelopmentPurpose.names(purpose)) {
            throw RuleViolation.unprocessable("purpose-not-service-development", "Performance information is shared"
                    + " for service development only: its purpose is one of "
                    + Arrays.toString(ServiceDevelopmentPurpose.values()) + ".");
        }
    }
}
