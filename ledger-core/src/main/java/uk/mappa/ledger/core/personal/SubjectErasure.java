package uk.mappa.ledger.core.personal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.rule.RuleViolation;

/** The erasure of one data subject: destroys the key and records that, once. */
public class SubjectErasure {

    static final String ID_PREFIX = "erasure:";

    @AggregateIdentifier
    private String id;

    protected SubjectErasure() {
        // for Axon
    }

    public static String aggregateId(SubjectId subject) {
        return ID_PREFIX + subject;
    }

    @CommandHandler
    public SubjectErasure(EraseSubject command, PersonalDataVault vault, BodyRegister bodies) {
        RuleViolation notFound = RuleViolation.notFound("subject-not-found",
                "There is no data subject " + command.subjectId() + " whose data is still held that you can see.");
        BodyId owner = vault.owner(command.subjectId()).orElseThrow(() -> notFound);
        Optional<RegisteredBody> ownerBody = bodies.find(owner);
        // Someone who may not see the person's case is told nothing about them, not even who holds their data.
        if (ownerBody.isEmpty() || !AccessRules.mayReadCsodsCase(command.actor(), owner, ownerBody.get().area())) {
            throw notFound;
        }
        if (!command.actor().leadsGovernanceForAnyOf(Set.of(ownerBody.get().area()))) {
            throw RuleViolation.forbidden("not-governance-lead", "Only the information governance lead of "
                    + owner + "'s area can erase personal data it holds.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.unprocessable("missing-reason", "An erasure needs a reason.");
        }
        vault.destroy(command.subjectId());
        apply(new SubjectErased(command.subjectId(), owner, command.reason().strip(), command.actor().userId()));
    }

    @EventSourcingHandler
    void on(SubjectErased event) {
        id = aggregateId(event.subjectId());
    }
}
