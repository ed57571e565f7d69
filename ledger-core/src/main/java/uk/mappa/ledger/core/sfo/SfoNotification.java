package uk.mappa.ledger.core.sfo;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.sfo.SfoCommands.AcknowledgeSfo;
import uk.mappa.ledger.core.sfo.SfoCommands.NotifySfo;

/**
 * An urgent Serious Further Offence notification from an SMB to an LSCB (Merseyside MoU, point 6): it must
 * be acknowledged in time, or it escalates to the MAPPA co-ordinator and then to the SMB chair.
 */
public class SfoNotification {

    static final String ESCALATION = "sfo-escalation";
    private static final Set<String> RECIPIENT_ROLES = Set.of("CHAIR", "BUSINESS_MANAGER");

    @AggregateIdentifier
    private String id;
    private BodyId smb;
    private BodyId lscb;
    private boolean acknowledged;

    protected SfoNotification() {
        // for Axon
    }

    /** What a scheduled escalation carries. */
    public record Escalation(String to, Instant dueAt) {
    }

    @CommandHandler
    public SfoNotification(NotifySfo command, BodyRegister bodies, PersonalDataVault vault, DeadlineManager deadlines) {
        Actor actor = command.actor();
        if (!actor.actsFor(command.smb(), Role.MAPPA_COORDINATOR) && !actor.actsFor(command.smb(), Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-smb-coordinator", "Only the MAPPA co-ordinator or business manager of "
                    + command.smb() + " notifies its SFOs.");
        }
        bodies.find(command.smb()).filter(body -> body.kind() == BodyKind.SMB).orElseThrow(() ->
                RuleViolation.unprocessable("not-an-smb", command.smb() + " is not a registered SMB."));
        bodies.find(command.lscb()).filter(body -> body.kind() == BodyKind.LSCB || body.kind() == BodyKind.LSCP)
                .orElseThrow(() -> RuleViolation.unprocessable("not-an-lscb", command.lscb()
                        + " is not a registered LSCB or LSCP."));
        if (!command.childInvolved() && !command.riskToChildren()) {
            throw RuleViolation.unprocessable("not-a-child-safeguarding-sfo", "SFOs go to the LSCB when a child was"
                    + " involved or the offender poses a risk to children.");
        }
        if (command.recipientRole() == null || !RECIPIENT_ROLES.contains(command.recipientRole())) {
            throw RuleViolation.unprocessable("invalid-recipient-role", "Notify the LSCB's CHAIR or BUSINESS_MANAGER.");
        }
        if (command.summary() == null || command.summary().isBlank()) {
            throw RuleViolation.unprocessable("missing-summary", "The notification needs a summary of the offence.");
        }
        if (command.acknowledgeWithin().isNegative() || command.acknowledgeWithin().isZero()
                || command.thenChairWithin().isNegative() || command.thenChairWithin().isZero()) {
            throw RuleViolation.unprocessable("invalid-period", "Escalation periods must be longer than zero.");
        }
        Instant acknowledgeBy = command.notifiedAt().plus(command.acknowledgeWithin());
        Instant chairBy = acknowledgeBy.plus(command.thenChairWithin());
        // Case details are free text about people: they are sealed like any personal data.
        var detailsKey = vault.newSubject(command.smb());
        apply(new SfoNotified(command.notificationId(), command.smb(), command.lscb(), command.recipientRole(),
                command.childInvolved(), command.riskToChildren(), vault.seal(detailsKey, command.summary().strip()),
                command.notifiedAt(), acknowledgeBy, chairBy, actor.userId()));
        deadlines.schedule(acknowledgeBy, ESCALATION, new Escalation(SfoEscalated.TO_COORDINATOR, acknowledgeBy));
        deadlines.schedule(chairBy, ESCALATION, new Escalation(SfoEscalated.TO_SMB_CHAIR, chairBy));
    }

    @CommandHandler
    void handle(AcknowledgeSfo command, DeadlineManager deadlines) {
        Actor actor = command.actor();
        if (!actor.actsFor(lscb, Role.BUSINESS_MANAGER) && !actor.actsFor(lscb, Role.CHAIR)) {
            throw RuleViolation.forbidden("not-lscb-recipient", "Only the chair or business manager of " + lscb
                    + " acknowledges its SFO notifications.");
        }
        if (acknowledged) {
            throw RuleViolation.conflict("already-acknowledged", "The notification is already acknowledged.");
        }
        apply(new SfoAcknowledged(id, smb, lscb, command.at(), actor.userId()));
        deadlines.cancelAll(ESCALATION);
    }

    @DeadlineHandler(deadlineName = ESCALATION)
    void on(Escalation escalation) {
        if (!acknowledged) {
            apply(new SfoEscalated(id, smb, lscb, escalation.to(), escalation.dueAt()));
        }
    }

    @EventSourcingHandler
    void on(SfoNotified event) {
        id = event.notificationId();
        smb = event.smb();
        lscb = event.lscb();
    }

    @EventSourcingHandler
    void on(SfoAcknowledged event) {
        acknowledged = true;
    }
}
