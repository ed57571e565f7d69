package uk.mappa.ledger.core.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/** A written agreement between bodies, under which they share information. */
public class Agreement {

    static final int MAX_TEXT = 300;

    @AggregateIdentifier
    private AgreementId id;
    private AgreementTerms terms;

    protected Agreement() {
        // for Axon
    }

    @CommandHandler
    public Agreement(DraftAgreement command, BodyRegister register) {
        requireText("title", command.title());
        requireAtLeastTwoDistinctRegisteredParties(command.parties(), register);
        requireGovernor(command.actor(), command.parties(), register);
        if (command.categories().isEmpty()) {
            throw RuleViolation.unprocessable("no-categories", "An agreement must name the categories of information it covers.");
        }
        if (command.lawfulBases().isEmpty()) {
            throw RuleViolation.unprocessable("no-lawful-basis", "An agreement must name the lawful bases it relies on.");
        }
        if (command.reviewDue() != null && !command.reviewDue().isAfter(command.effectiveFrom())) {
            throw RuleViolation.unprocessable("review-before-effective", "The review date must fall after the effective date.");
        }
        if (command.retention().isNegative() || command.retention().isZero()) {
            throw RuleViolation.unprocessable("invalid-retention", "The retention period must be longer than zero.");
        }
        apply(new AgreementDrafted(command.agreementId(), command.kind(), command.title().strip(),
                command.parties(), distinct(command.categories()), distinct(command.lawfulBases()),
                command.effectiveFrom(), command.reviewDue(), command.retention(), command.actor().userId(),
                command.caseInformationNeedsArrangement()));
    }

    /**
     * A new version of the agreement, with what changed and who authorised it (the memorandum's version record).
     * Its parties stay: a change of parties is a new agreement that each of them accepts.
     */
    @CommandHandler
    void handle(AmendAgreement command, BodyRegister register) {
        requireGovernor(command.actor(), terms.parties(), register);
        if (terms.status() == AgreementStatus.TERMINATED) {
            throw RuleViolation.unprocessable("agreement-terminated", "A terminated agreement is not amended.");
        }
        String changes = Require.text("changes", command.changes());
        String authorisedBy = Require.text("authorisedBy", command.authorisedBy(), MAX_TEXT);
        if (command.amendedOn().isAfter(command.today())) {
            throw RuleViolation.unprocessable("amended-in-future", "An amendment cannot be dated in the future.");
        }
        List<Category> categories = command.categories() != null ? command.categories() : List.copyOf(terms.categories());
        List<LawfulBasis> bases = command.lawfulBases() != null ? command.lawfulBases() : terms.lawfulBases();
        if (categories.isEmpty() || bases.isEmpty()) {
            throw RuleViolation.unprocessable(categories.isEmpty() ? "no-categories" : "no-lawful-basis",
                    "An amended agreement still names the categories it covers and the lawful bases it relies on.");
        }
        if (command.reviewAsRequired() && command.reviewDue() != null) {
            throw RuleViolation.unprocessable("review-date-and-as-required", "Give a review date or review as"
                    + " required, not both.");
        }
        if (command.reviewDue() != null && !command.reviewDue().isAfter(command.amendedOn())) {
            throw RuleViolation.unprocessable("review-before-effective", "The review date must fall after the amendment.");
        }
        LocalDate reviewDue = command.reviewAsRequired() ? null
                : command.reviewDue() != null ? command.reviewDue() : terms.reviewDue();
        boolean needsArrangement = command.caseInformationNeedsArrangement() != null
                ? command.caseInformationNeedsArrangement() : terms.caseInformationNeedsArrangement();
        apply(new AgreementAmended(id, terms.version() + 1, changes, authorisedBy, command.amendedOn(),
                distinct(categories), distinct(bases), reviewDue, needsArrangement, command.actor().userId(),
                terms.parties()));
    }

    @CommandHandler
    void handle(AcceptAgreement command) {
        requireStatus(AgreementStatus.DRAFT, "accepted");
        if (!terms.names(command.party())) {
            throw RuleViolation.unprocessable("not-a-party", command.party() + " is not a party to this agreement.");
        }
        if (!command.actor().isSystem() && !command.actor().actsFor(command.party(), Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-party-business-manager",
                    "Only a business manager of " + command.party() + " can record its acceptance.");
        }
        if (terms.acceptedBy(command.party())) {
            throw RuleViolation.conflict("already-accepted", command.party() + " has already accepted this agreement.");
        }
        requireText("signatoryRole", command.signatoryRole());
        if (command.acceptedOn().isAfter(command.today())) {
            throw RuleViolation.unprocessable("accepted-in-future", "An acceptance cannot be dated in the future.");
        }
        apply(new AgreementAccepted(id, command.party(), command.signatoryRole().strip(), command.acceptedOn(),
                command.actor().userId()));
        if (terms.acceptedByAll()) {
            apply(new AgreementActivated(id, terms.effectiveInstant(), terms.parties()));
        }
    }

    @CommandHandler
    void handle(ReviewAgreement command, BodyRegister register) {
        requireGovernor(command.actor(), terms.parties(), register);
        if (terms.status() != AgreementStatus.ACTIVE && terms.status() != AgreementStatus.SUSPENDED) {
            throw RuleViolation.unprocessable("agreement-not-reviewable",
                    "Only an agreement in force or suspended is reviewed; this one is " + terms.status() + ".");
        }
        requireText("note", command.note());
        if (!command.nextReviewDue().isAfter(command.reviewedOn())) {
            throw RuleViolation.unprocessable("review-before-effective", "The next review must fall after this one.");
        }
        apply(new AgreementReviewed(id, command.reviewedOn(), command.nextReviewDue(), command.note().strip(),
                command.actor().userId(), terms.parties()));
    }

    @CommandHandler
    void handle(ChangeAgreementStatus command, BodyRegister register) {
        requireGovernor(command.actor(), terms.parties(), register);
        requireText("reason", command.reason());
        String by = command.actor().userId();
        String reason = command.reason().strip();
        Instant at = command.effectiveAt();
        switch (command.change()) {
            case SUSPENDED -> {
                requireStatus(AgreementStatus.ACTIVE, "suspended");
                apply(new AgreementSuspended(id, at, reason, by, terms.parties()));
            }
            case ACTIVE -> {
                requireStatus(AgreementStatus.SUSPENDED, "reinstated");
                apply(new AgreementReinstated(id, at, reason, by, terms.parties()));
            }
            case TERMINATED -> {
                if (terms.status() == AgreementStatus.TERMINATED) {
                    throw RuleViolation.conflict("agreement-terminated", "This agreement is already terminated.");
                }
                apply(new AgreementTerminated(id, at, reason, by, terms.parties()));
            }
            default -> throw new IllegalArgumentException("Unsupported change " + command.change());
        }
    }

    private void requireStatus(AgreementStatus required, String action) {
        if (terms.status() != required) {
            throw RuleViolation.unprocessable("agreement-" + terms.status().name().toLowerCase(),
                    "Only a " + required.name().toLowerCase() + " agreement can be " + action + "; this one is "
                            + terms.status() + ".");
        }
    }

    /** Each category and basis once, in the order first given. */
    private static <T> List<T> distinct(List<T> items) {
        return List.copyOf(new java.util.LinkedHashSet<>(items));
    }

    private static void requireText(String field, String value) {
        // Notes and reasons are as long as they need to be; names and titles are short.
        Require.text(field, value, "note".equals(field) || "reason".equals(field) ? Integer.MAX_VALUE : MAX_TEXT);
    }

    private static void requireAtLeastTwoDistinctRegisteredParties(List<BodyId> parties, BodyRegister register) {
        Set<BodyId> distinct = new HashSet<>(parties);
        if (distinct.size() != parties.size()) {
            throw RuleViolation.unprocessable("duplicate-party", "Each party is named once.");
        }
        if (distinct.size() < 2) {
            throw RuleViolation.unprocessable("too-few-parties", "An agreement is between at least two bodies.");
        }
        for (BodyId party : parties) {
            if (register.find(party).isEmpty()) {
                throw RuleViolation.unprocessable("unknown-body",
                        "The party '" + party + "' is not in the register of bodies; see GET /api/bodies.");
            }
        }
    }

    /**
     * Agreements are governed by the parties' business managers and the information governance leads of
     * the parties' areas.
     */
    private static void requireGovernor(Actor actor, List<BodyId> parties, BodyRegister register) {
        if (actor.isSystem()) {
            return;
        }
        boolean partyManager = actor.hasRole(Role.BUSINESS_MANAGER) && parties.contains(actor.body());
        Set<MappaArea> areas = parties.stream().map(register::find).flatMap(Optional::stream)
                .map(RegisteredBody::area).collect(Collectors.toSet());
        if (!partyManager && !actor.leadsGovernanceForAnyOf(areas)) {
            throw RuleViolation.forbidden("not-agreement-governor", "Only business managers of the parties and"
                    + " information governance leads of their areas can change this agreement.");
        }
    }

    @EventSourcingHandler
    void on(AgreementEvent event) {
        terms = AgreementTerms.evolve(terms, event);
        id = terms.id();
    }
}
