package uk.mappa.ledger.core.csods;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import uk.mappa.ledger.core.csods.CsodsCommands.CloseCase;
import uk.mappa.ledger.core.csods.CsodsCommands.CompleteInitialChecks;
import uk.mappa.ledger.core.csods.CsodsCommands.CompleteRiskAssessment;
import uk.mappa.ledger.core.csods.CsodsCommands.DecideDisclosure;
import uk.mappa.ledger.core.csods.CsodsCommands.ExtendDeadline;
import uk.mappa.ledger.core.csods.CsodsCommands.HoldFaceToFaceMeeting;
import uk.mappa.ledger.core.csods.CsodsCommands.MakeDisclosure;
import uk.mappa.ledger.core.csods.CsodsCommands.ReceiveApplication;
import uk.mappa.ledger.core.csods.CsodsCommands.RecordUndertaking;
import uk.mappa.ledger.core.personal.PersonDetails;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A Child Sex Offender Disclosure Scheme case, run by the police force that received the application.
 * Stages happen only in order, each within its time limit or recorded as missed; personal data is sealed
 * under each person's own key before anything is recorded.
 */
public class CsodsCase {

    static final int MAX_TEXT = 4000;

    /**
     * Kept as text: the deadline manager stores the aggregate's identifier with each scheduled deadline and
     * must read it back as the same value.
     */
    @AggregateIdentifier
    private String aggregateId;
    private CaseId id;
    private BodyId force;
    private CsodsStage stage;
    private Instant lastStageAt;
    private SubjectId applicant;
    private SubjectId subject;
    private boolean decidedToDisclose;
    private SubjectId disclosureRecipient;
    private final Map<CsodsDeadline, Instant> due = new EnumMap<>(CsodsDeadline.class);

    protected CsodsCase() {
        // for Axon
    }

    @CommandHandler
    public CsodsCase(ReceiveApplication command, PersonalDataVault vault, BodyRegister bodies,
                     DeadlineManager deadlines) {
        requireOfficerOf(command.actor(), command.force());
        bodies.find(command.force()).filter(body -> body.kind() == BodyKind.RA_AGENCY).orElseThrow(() ->
                RuleViolation.unprocessable("not-a-police-force", command.force() + " is not a registered"
                        + " Responsible Authority agency, so it cannot run CSODS cases."));
        requirePerson("applicant", command.applicant());
        requirePerson("subject", command.subject());
        if (command.children().isEmpty()) {
            throw RuleViolation.unprocessable("no-children", "An application concerns at least one child.");
        }
        command.children().forEach(child -> requirePerson("child", child));
        requireText("relationship", command.relationship());
        SealedPerson sealedApplicant = vault.sealPerson(command.force(), command.applicant());
        SealedPerson sealedSubject = vault.sealPerson(command.force(), command.subject());
        List<SealedPerson> sealedChildren = command.children().stream()
                .map(child -> vault.sealPerson(command.force(), child)).toList();
        Map<CsodsDeadline, Instant> dueDates = command.limits().dueDates(command.receivedAt());
        apply(new CsodsApplicationReceived(command.caseId(), command.force(), sealedApplicant, sealedSubject,
                sealedChildren, vault.seal(sealedApplicant.subjectId(), command.relationship().strip()),
                command.receivedAt(), dueDates, command.actor().userId()));
        dueDates.forEach((deadline, at) -> deadlines.schedule(at, deadline.deadlineName(), new DueDeadline(deadline, at)));
    }

    /** What a scheduled deadline carries: which limit, and when it was due when scheduled. */
    public record DueDeadline(CsodsDeadline deadline, Instant dueAt) {
    }

    @CommandHandler
    void handle(CompleteInitialChecks command) {
        advance(command.actor(), command.at(), CsodsStage.APPLICATION_RECEIVED);
        apply(new CsodsInitialChecksCompleted(id, force, command.at(), command.actor().userId()));
    }

    @CommandHandler
    void handle(HoldFaceToFaceMeeting command) {
        advance(command.actor(), command.at(), CsodsStage.INITIAL_CHECKS_COMPLETED);
        if (!command.identityVerified()) {
            throw RuleViolation.unprocessable("identity-not-verified",
                    "The case goes on only once the applicant's identity has been verified at the meeting.");
        }
        apply(new CsodsFaceToFaceMeetingHeld(id, force, command.at(), true, command.actor().userId()));
    }

    @CommandHandler
    void handle(CompleteRiskAssessment command) {
        advance(command.actor(), command.at(), CsodsStage.FACE_TO_FACE_HELD);
        requireOneToThree("mappaCategory", command.mappaCategory());
        requireOneToThree("mappaLevel", command.mappaLevel());
        apply(new CsodsRiskAssessmentCompleted(id, force, command.at(), command.mappaCategory(), command.mappaLevel(),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(DecideDisclosure command, PersonalDataVault vault, BodyRegister bodies) {
        advance(command.actor(), command.at(), CsodsStage.RISK_ASSESSMENT_COMPLETED);
        requireText("rationale", command.rationale());
        if (command.decisionMakers().isEmpty() || command.decisionMakers().stream().anyMatch(String::isBlank)) {
            throw RuleViolation.unprocessable("no-decision-makers", "Name the roles of those who made the decision.");
        }
        for (BodyId agency : command.agenciesConsulted()) {
            if (bodies.find(agency).isEmpty()) {
                throw RuleViolation.unprocessable("unknown-body", "The consulted agency '" + agency
                        + "' is not in the register of bodies.");
            }
        }
        apply(new CsodsDisclosureDecided(id, force, command.at(), command.disclose(),
                vault.seal(subject, command.rationale().strip()), command.decisionMakers(), command.agenciesConsulted(),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(MakeDisclosure command, PersonalDataVault vault) {
        requireOfficerOf(command.actor(), force);
        if (stage != CsodsStage.DECISION_MADE || !decidedToDisclose) {
            throw RuleViolation.unprocessable("no-decision-to-disclose",
                    "A disclosure is made only after a recorded decision to disclose.");
        }
        advance(command.actor(), command.at(), CsodsStage.DECISION_MADE);
        if (!command.inPerson()) {
            throw RuleViolation.unprocessable("disclosure-not-in-person", "CSODS disclosures are made in person.");
        }
        boolean toApplicant = command.recipient() == null;
        if (!toApplicant) {
            requirePerson("recipient", command.recipient());
        }
        SealedPerson recipient = toApplicant
                ? new SealedPerson(applicant, null, null, null)
                : vault.sealPerson(force, command.recipient());
        apply(new CsodsDisclosureMade(id, force, command.at(), recipient, toApplicant, true, command.actor().userId()));
    }

    @CommandHandler
    void handle(RecordUndertaking command, PersonalDataVault vault) {
        advance(command.actor(), command.at(), CsodsStage.DISCLOSURE_MADE);
        if (!command.signed()) {
            requireText("reasonWithout", command.reasonWithout());
        }
        apply(new CsodsUndertakingRecorded(id, force, command.at(), command.signed(),
                command.signed() ? null : vault.seal(disclosureRecipient, command.reasonWithout().strip()),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(CloseCase command) {
        boolean afterDisclosure = stage == CsodsStage.UNDERTAKING_RECORDED;
        boolean afterDecisionNotTo = stage == CsodsStage.DECISION_MADE && !decidedToDisclose;
        if (!afterDisclosure && !afterDecisionNotTo) {
            throw RuleViolation.unprocessable("case-not-ready-to-close", "A case closes after a decision not to"
                    + " disclose, or after the disclosure and its undertaking; it is at " + stage + ".");
        }
        advance(command.actor(), command.at(), stage);
        apply(new CsodsCaseClosed(id, force, command.at(), afterDisclosure, command.actor().userId()));
    }

    @CommandHandler
    void handle(ExtendDeadline command, PersonalDataVault vault, DeadlineManager deadlines) {
        requireOfficerOf(command.actor(), force);
        CsodsDeadline deadline = command.deadline();
        if (deadline.metAt(stage)) {
            throw RuleViolation.unprocessable("deadline-already-met", "The " + deadline + " deadline has been met.");
        }
        requireText("reason", command.reason());
        Instant previous = due.get(deadline);
        if (!command.newDue().isAfter(previous)) {
            throw RuleViolation.unprocessable("extension-not-later", "An extension moves the deadline later than "
                    + previous + ".");
        }
        apply(new CsodsDeadlineExtended(id, force, deadline, previous, command.newDue(),
                vault.seal(subject, command.reason().strip()), command.actor().userId()));
        deadlines.cancelAll(deadline.deadlineName());
        deadlines.schedule(command.newDue(), deadline.deadlineName(), new DueDeadline(deadline, command.newDue()));
    }

    /** A time limit fell due: if its stage has not been reached, and it was not extended since, it is missed. */
    @DeadlineHandler
    void on(DueDeadline deadline) {
        if (!deadline.deadline().metAt(stage) && deadline.dueAt().equals(due.get(deadline.deadline()))) {
            apply(new CsodsDeadlineMissed(id, force, deadline.deadline(), deadline.dueAt()));
        }
    }

    private void advance(Actor actor, Instant at, CsodsStage requiredStage) {
        requireOfficerOf(actor, force);
        if (stage == CsodsStage.CLOSED) {
            throw RuleViolation.unprocessable("case-closed", "The case is closed.");
        }
        if (stage != requiredStage) {
            throw RuleViolation.unprocessable("stage-out-of-order", "This stage follows " + requiredStage
                    + "; the case is at " + stage + ".");
        }
        if (at == null || at.isBefore(lastStageAt)) {
            throw RuleViolation.unprocessable("stage-before-previous",
                    "A stage cannot be dated before the previous one (" + lastStageAt + ").");
        }
    }

    private static void requireOfficerOf(Actor actor, BodyId force) {
        if (!actor.actsFor(force, Role.CSODS_OFFICER)) {
            throw RuleViolation.forbidden("not-csods-officer", "Only a CSODS officer of " + force + " can do this.");
        }
    }

    private static void requirePerson(String role, PersonDetails person) {
        if (person == null || person.name() == null || person.name().isBlank()) {
            throw RuleViolation.unprocessable("missing-" + role, "The " + role + "'s name is required.");
        }
    }

    private static void requireText(String field, String value) {
        Require.text(field, value, MAX_TEXT);
    }

    private static void requireOneToThree(String field, Integer value) {
        if (value != null && (value < 1 || value > 3)) {
            throw RuleViolation.unprocessable("invalid-" + field, "The " + field + " is 1, 2 or 3.");
        }
    }

    @EventSourcingHandler
    void on(CsodsApplicationReceived event) {
        id = event.caseId();
        aggregateId = id.toString();
        force = event.force();
        stage = CsodsStage.APPLICATION_RECEIVED;
        lastStageAt = event.receivedAt();
        applicant = event.applicant().subjectId();
        subject = event.subject().subjectId();
        due.putAll(event.due());
    }

    @EventSourcingHandler
    void on(CsodsInitialChecksCompleted event) {
        reached(CsodsStage.INITIAL_CHECKS_COMPLETED, event.at());
    }

    @EventSourcingHandler
    void on(CsodsFaceToFaceMeetingHeld event) {
        reached(CsodsStage.FACE_TO_FACE_HELD, event.at());
    }

    @EventSourcingHandler
    void on(CsodsRiskAssessmentCompleted event) {
        reached(CsodsStage.RISK_ASSESSMENT_COMPLETED, event.at());
    }

    @EventSourcingHandler
    void on(CsodsDisclosureDecided event) {
        reached(CsodsStage.DECISION_MADE, event.at());
        decidedToDisclose = event.disclose();
    }

    @EventSourcingHandler
    void on(CsodsDisclosureMade event) {
        reached(CsodsStage.DISCLOSURE_MADE, event.at());
        disclosureRecipient = event.recipient().subjectId();
    }

    @EventSourcingHandler
    void on(CsodsUndertakingRecorded event) {
        reached(CsodsStage.UNDERTAKING_RECORDED, event.at());
    }

    @EventSourcingHandler
    void on(CsodsCaseClosed event) {
        reached(CsodsStage.CLOSED, event.at());
    }

    @EventSourcingHandler
    void on(CsodsDeadlineExtended event) {
        due.put(event.deadline(), event.newDue());
    }

    private void reached(CsodsStage newStage, Instant at) {
        stage = newStage;
        lastStageAt = at;
    }
}
