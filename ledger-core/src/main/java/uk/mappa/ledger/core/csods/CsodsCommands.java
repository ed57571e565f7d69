package uk.mappa.ledger.core.csods;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.PersonDetails;

/**
 * What a force's CSODS officers do with a case, stage by stage. Personal details arrive in clear and are
 * sealed by the case before anything is recorded.
 */
public final class CsodsCommands {

    private CsodsCommands() {
    }

    /** Open a case for an application. */
    public record ReceiveApplication(@TargetAggregateIdentifier CaseId caseId, BodyId force, PersonDetails applicant,
                                     PersonDetails subject, List<PersonDetails> children, String relationship,
                                     Instant receivedAt, CsodsTimeLimits limits, Actor actor) {

        public ReceiveApplication {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(force, "force");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(actor, "actor");
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    public record CompleteInitialChecks(@TargetAggregateIdentifier CaseId caseId, Instant at, Actor actor) {
    }

    public record HoldFaceToFaceMeeting(@TargetAggregateIdentifier CaseId caseId, Instant at, boolean identityVerified,
                                        Actor actor) {
    }

    public record CompleteRiskAssessment(@TargetAggregateIdentifier CaseId caseId, Instant at, Integer mappaCategory,
                                         Integer mappaLevel, Actor actor) {
    }

    public record DecideDisclosure(@TargetAggregateIdentifier CaseId caseId, Instant at, boolean disclose,
                                   String rationale, List<String> decisionMakers, List<BodyId> agenciesConsulted,
                                   Actor actor) {

        public DecideDisclosure {
            decisionMakers = decisionMakers == null ? List.of() : List.copyOf(decisionMakers);
            agenciesConsulted = agenciesConsulted == null ? List.of() : List.copyOf(agenciesConsulted);
        }
    }

    /** {@code recipient} is null when the disclosure is made to the applicant. */
    public record MakeDisclosure(@TargetAggregateIdentifier CaseId caseId, Instant at, PersonDetails recipient,
                                 boolean inPerson, Actor actor) {
    }

    public record RecordUndertaking(@TargetAggregateIdentifier CaseId caseId, Instant at, boolean signed,
                                    String reasonWithout, Actor actor) {
    }

    public record CloseCase(@TargetAggregateIdentifier CaseId caseId, Instant at, Actor actor) {
    }

    public record ExtendDeadline(@TargetAggregateIdentifier CaseId caseId, CsodsDeadline deadline, Instant newDue,
                                 String reason, Instant at, Actor actor) {
    }
}
