package uk.mappa.ledger.core.arrangement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementRegister;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.arrangement.HandlingArrangementCommands.AgreeHandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangementCommands.EndHandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangementEvent.HandlingArrangementAgreed;
import uk.mappa.ledger.core.arrangement.HandlingArrangementEvent.HandlingArrangementEnded;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.Category;

/**
 * An agreement, made in advance, on how case-specific information shared between some parties of an agreement
 * will be managed by each of them (HIPS protocol 6.2): purpose, storage, who may see it, retention and expiry.
 */
public class HandlingArrangement {

    @AggregateIdentifier
    private HandlingArrangementId id;
    private ArrangementTerms terms;

    protected HandlingArrangement() {
        // for Axon
    }

    @CommandHandler
    public HandlingArrangement(AgreeHandlingArrangement command, AgreementRegister agreements) {
        AgreementTerms agreement = agreements.find(command.agreementId()).orElseThrow(() -> RuleViolation.unprocessable(
                "agreement-not-found", "There is no agreement " + command.agreementId() + "; see GET /api/agreements."));
        if (!agreement.covers(Category.CASE_INFORMATION)) {
            throw RuleViolation.unprocessable("category-not-covered", "Agreement '" + agreement.title()
                    + "' does not cover case information.");
        }
        if (new HashSet<>(command.parties()).size() != command.parties().size() || command.parties().size() < 2) {
            throw RuleViolation.unprocessable("too-few-parties", "An arrangement is between at least two distinct"
                    + " parties of the agreement.");
        }
        for (BodyId party : command.parties()) {
            if (!agreement.names(party)) {
                throw RuleViolation.unprocessable("not-a-party", party + " is not a party to agreement '"
                        + agreement.title() + "'.");
            }
        }
        requireBusinessManagerOfAPartyOf(command.actor(), command.parties());
        if (!agreement.inForceAt(command.now())) {
            throw RuleViolation.unprocessable("agreement-not-in-force", "Agreement '" + agreement.title()
                    + "' is not in force.");
        }
        if (command.retention().isNegative() || command.retention().isZero()) {
            throw RuleViolation.unprocessable("invalid-retention", "The retention period must be longer than zero.");
        }
        if (command.expiresOn().isBefore(AgreementTerms.dayOf(command.now()))) {
            throw RuleViolation.unprocessable("arrangement-expired", "An arrangement cannot expire before it is made.");
        }
        apply(new HandlingArrangementAgreed(command.arrangementId(), command.agreementId(), command.parties(),
                Require.text("purpose", command.purpose()), Require.text("storage", command.storage()),
                Require.text("access", command.access()), command.retention(), command.expiresOn(),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(EndHandlingArrangement command) {
        requireBusinessManagerOfAPartyOf(command.actor(), terms.parties());
        if (terms.endedAt() != null) {
            throw RuleViolation.conflict("arrangement-ended", "The arrangement has already ended.");
        }
        apply(new HandlingArrangementEnded(id, terms.parties(), command.at(), Require.text("reason", command.reason()),
                command.actor().userId()));
    }

    private static void requireBusinessManagerOfAPartyOf(Actor actor, List<BodyId> parties) {
        if (parties.stream().noneMatch(party -> actor.actsFor(party, Role.BUSINESS_MANAGER))) {
            throw RuleViolation.forbidden("not-party-business-manager",
                    "Only a business manager of one of its parties records or ends a handling arrangement.");
        }
    }

    @EventSourcingHandler
    void on(HandlingArrangementEvent event) {
        terms = ArrangementTerms.evolve(terms, event);
        id = terms.id();
    }
}
