package uk.mappa.ledger.core.personal;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/** An information governance lead erases a data subject's personal data, for a recorded reason. */
public record EraseSubject(@TargetAggregateIdentifier String erasureId, SubjectId subjectId, String reason, Actor actor) {

    public EraseSubject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(actor, "actor");
    }

    public static EraseSubject of(SubjectId subject, String reason, Actor actor) {
        return new EraseSubject(SubjectErasure.aggregateId(subject), subject, reason, actor);
    }
}
