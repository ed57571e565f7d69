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
        if (actor.actsFor(provider, Role.BUSINESS_MANAGER)) {
            return;
        }
        if (category.isStrategic() && actor.actsFor(provider, Role.MAPPA_COORDINATOR)
                && bodies.find(provider).filter(body -> body.kind() == BodyKind.SMB).isPresent()) {
            return;
        }
        throw notRecorder(actor, provider);
    }

    /** Changing a share is for those who may record it: a co-ordinator only changes an SMB's strategic shares. */
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
     * A link is only of the kind its category has; case information under an agreement that requires one is
     * shared only under a handling arrangement in force between the provider and every recipient (HIPS 6.2).
     */
    static void requireLinkFor(RecordShare share, AgreementTerms agreement, HandlingArrangements arrangements) {
        ShareLink link = share.link();
        if (link != null && link.kind().category() != share.category()) {
            throw RuleViolation.unprocessable("link-not-for-category", "A " + link.kind() + " is cited by "
                    + link.kind().category() + " shares only, not by " + share.category() + ".");
        }
        if (share.category() != Category.CASE_INFORMATION
                || (!agreement.caseInformationNeedsArrangement() && link == null)) {
            return;
        }
        if (link == null) {
            throw RuleViolation.unprocessable("handling-arrangement-required", "Agreement '" + agreement.title()
                    + "' requires case information to be shared under a handling arrangement the parties agreed in"
                    + " advance; cite one.");
        }
        ArrangementTerms arrangement = arrangements.find(new HandlingArrangementId(link.id()))
                .filter(found -> found.agreementId().equals(share.agreementId()))
                .orElseThrow(() -> RuleViolation.unprocessable("handling-arrangement-not-found", "There is no"
                        + " handling arrangement " + link.id() + " under agreement '" + agreement.title() + "'."));
        if (!arrangement.inForceAt(share.sharedAt())) {
            throw RuleViolation.unprocessable("handling-arrangement-not-in-force", "Handling arrangement "
                    + link.id() + " was not in force on " + share.sharedAt() + ".");
        }
        for (BodyId body : concat(share.provider(), share.recipients())) {
            if (!arrangement.names(body)) {
                throw RuleViolation.unprocessable("handling-arrangement-not-covering", "Handling arrangement "
                        + link.id() + " does not include " + body + ".");
            }
        }
    }

    private static java.util.List<BodyId> concat(BodyId first, java.util.List<BodyId> rest) {
        java.util.List<BodyId> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
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
