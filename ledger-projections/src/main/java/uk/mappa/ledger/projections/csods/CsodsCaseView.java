package uk.mappa.ledger.projections.csods;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsCaseClosed;
import uk.mappa.ledger.core.csods.CsodsDeadlineExtended;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsDisclosureDecided;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.csods.CsodsEvent;
import uk.mappa.ledger.core.csods.CsodsFaceToFaceMeetingHeld;
import uk.mappa.ledger.core.csods.CsodsInitialChecksCompleted;
import uk.mappa.ledger.core.csods.CsodsRiskAssessmentCompleted;
import uk.mappa.ledger.core.csods.CsodsUndertakingRecorded;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectId;

/**
 * A CSODS case with its personal data still sealed: the API opens it for the reader while the subjects'
 * keys exist, and an erasure removes the sealed values of that subject from here too.
 */
public record CsodsCaseView(String id, String force, String stage, Instant receivedAt, SealedPerson applicant,
                            SealedPerson subject, List<SealedPerson> children, Sealed relationship,
                            Map<String, Instant> due, List<StageRecord> stages, Integer mappaCategory,
                            Integer mappaLevel, Decision decision, Disclosure disclosure, Undertaking undertaking,
                            List<Missed> missedDeadlines, List<Extension> extensions) {

    /** A stage reached, when, and by whom. */
    public record StageRecord(String stage, Instant at, String by) {
    }

    /** The decision, with its rationale sealed under the subject's key. */
    public record Decision(boolean disclose, Sealed rationale, List<String> decisionMakers,
                           List<String> agenciesConsulted) {
    }

    /** The disclosure and its recipient. */
    public record Disclosure(Instant at, SealedPerson recipient, boolean recipientIsApplicant, String by) {
    }

    /** The undertaking, or the sealed reason for disclosing without one. */
    public record Undertaking(boolean signed, Sealed reasonWithout) {
    }

    /** A time limit that passed before its stage. */
    public record Missed(String deadline, Instant dueAt) {
    }

    /** An extension of a time limit, with its sealed reason. */
    public record Extension(String deadline, Instant previousDue, Instant newDue, Sealed reason, String by) {
    }

    /** Every data subject whose sealed data this view holds. */
    public List<SubjectId> subjects() {
        List<SubjectId> subjects = new ArrayList<>();
        subjects.add(applicant.subjectId());
        subjects.add(subject.subjectId());
        children.forEach(child -> subjects.add(child.subjectId()));
        if (disclosure != null) {
            subjects.add(disclosure.recipient().subjectId());
        }
        return subjects;
    }

    public static CsodsCaseView evolve(CsodsCaseView current, CsodsEvent event) {
        if (event instanceof CsodsApplicationReceived received) {
            Map<String, Instant> due = new TreeMap<>();
            received.due().forEach((deadline, at) -> due.put(deadline.name(), at));
            return new CsodsCaseView(received.caseId().toString(), received.force().value(), "APPLICATION_RECEIVED",
                    received.receivedAt(), received.applicant(), received.subject(), received.children(),
                    received.relationship(), due,
                    List.of(new StageRecord("APPLICATION_RECEIVED", received.receivedAt(), received.recordedBy())),
                    null, null, null, null, null, List.of(), List.of());
        }
        Builder next = new Builder(current);
        if (event instanceof CsodsInitialChecksCompleted checks) {
            next.stage("INITIAL_CHECKS_COMPLETED", checks.at(), checks.by());
        } else if (event instanceof CsodsFaceToFaceMeetingHeld meeting) {
            next.stage("FACE_TO_FACE_HELD", meeting.at(), meeting.by());
        } else if (event instanceof CsodsRiskAssessmentCompleted assessment) {
            next.stage("RISK_ASSESSMENT_COMPLETED", assessment.at(), assessment.by());
            next.mappaCategory = assessment.mappaCategory();
            next.mappaLevel = assessment.mappaLevel();
        } else if (event instanceof CsodsDisclosureDecided decided) {
            next.stage("DECISION_MADE", decided.at(), decided.by());
            next.decision = new Decision(decided.disclose(), decided.rationale(), decided.decisionMakers(),
                    decided.agenciesConsulted().stream().map(BodyId::value).toList());
        } else if (event instanceof CsodsDisclosureMade made) {
            next.stage("DISCLOSURE_MADE", made.at(), made.by());
            next.disclosure = new Disclosure(made.at(), made.recipient(), made.recipientIsApplicant(), made.by());
        } else if (event instanceof CsodsUndertakingRecorded undertaking) {
            next.stage("UNDERTAKING_RECORDED", undertaking.at(), undertaking.by());
            next.undertaking = new Undertaking(undertaking.signed(), undertaking.reasonWithout());
        } else if (event instanceof CsodsCaseClosed closed) {
            next.stage("CLOSED", closed.at(), closed.by());
        } else if (event instanceof CsodsDeadlineMissed missed) {
            next.missed.add(new Missed(missed.deadline().name(), missed.dueAt()));
        } else if (event instanceof CsodsDeadlineExtended extended) {
            next.due.put(extended.deadline().name(), extended.newDue());
            next.extensions.add(new Extension(extended.deadline().name(), extended.previousDue(), extended.newDue(),
                    extended.reason(), extended.by()));
        }
        return next.build();
    }

    /** The view without any sealed value of the erased subject: its data is gone, the history stays. */
    public CsodsCaseView withoutSubject(SubjectId erased) {
        Builder next = new Builder(this);
        next.applicant = Erasure.person(applicant, erased);
        next.subject = Erasure.person(subject, erased);
        next.children = children.stream().map(child -> Erasure.person(child, erased)).toList();
        next.relationship = Erasure.value(relationship, erased);
        if (decision != null) {
            next.decision = new Decision(decision.disclose(), Erasure.value(decision.rationale(), erased),
                    decision.decisionMakers(), decision.agenciesConsulted());
        }
        if (disclosure != null) {
            next.disclosure = new Disclosure(disclosure.at(), Erasure.person(disclosure.recipient(), erased),
                    disclosure.recipientIsApplicant(), disclosure.by());
        }
        if (undertaking != null) {
            next.undertaking = new Undertaking(undertaking.signed(), Erasure.value(undertaking.reasonWithout(), erased));
        }
        next.extensions = new ArrayList<>(extensions.stream().map(extension -> new Extension(extension.deadline(),
                extension.previousDue(), extension.newDue(), Erasure.value(extension.reason(), erased),
                extension.by())).toList());
        return next.build();
    }

    /** Copies a view to change a few fields: records have no setters. */
    private static final class Builder {
        private final CsodsCaseView from;
        private String stage;
        private SealedPerson applicant;
        private SealedPerson subject;
        private List<SealedPerson> children;
        private Sealed relationship;
        private final Map<String, Instant> due;
        private final List<StageRecord> stages;
        private Integer mappaCategory;
        private Integer mappaLevel;
        private Decision decision;
        private Disclosure disclosure;
        private Undertaking undertaking;
        private final List<Missed> missed;
        private List<Extension> extensions;

        Builder(CsodsCaseView from) {
            this.from = from;
            stage = from.stage;
            applicant = from.applicant;
            subject = from.subject;
            children = from.children;
            relationship = from.relationship;
            due = new TreeMap<>(from.due);
            stages = new ArrayList<>(from.stages);
            mappaCategory = from.mappaCategory;
            mappaLevel = from.mappaLevel;
            decision = from.decision;
            disclosure = from.disclosure;
            undertaking = from.undertaking;
            missed = new ArrayList<>(from.missedDeadlines);
            extensions = new ArrayList<>(from.extensions);
        }

        void stage(String name, Instant at, String by) {
            stage = name;
            stages.add(new StageRecord(name, at, by));
        }

        CsodsCaseView build() {
            return new CsodsCaseView(from.id, from.force, stage, from.receivedAt, applicant, subject, children,
                    relationship, due, stages, mappaCategory, mappaLevel, decision, disclosure, undertaking, missed,
                    extensions);
        }
    }

    /** Dropping an erased subject's sealed values: the subject id stays, so the history still reads. */
    private static final class Erasure {

        static SealedPerson person(SealedPerson person, SubjectId erased) {
            return person != null && person.subjectId().equals(erased)
                    ? new SealedPerson(erased, null, null, null)
                    : person;
        }

        static Sealed value(Sealed value, SubjectId erased) {
            return value != null && value.subject().equals(erased) ? null : value;
        }
    }
}
