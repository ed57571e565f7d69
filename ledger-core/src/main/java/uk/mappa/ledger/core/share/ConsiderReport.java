package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A recipient board records that it considered an annual report shared with it (MoU 2-3).
 *
 * @param meetingOn  the date of the board meeting that considered it
 * @param priorities the priorities the board took into its business plan from it; empty when it took none
 * @param recordedAt when it is recorded: the meeting cannot be after it
 */
public record ConsiderReport(@TargetAggregateIdentifier ShareId shareId, BodyId board, LocalDate meetingOn,
                             List<String> priorities, Instant recordedAt, Actor actor) {

    public ConsiderReport {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(meetingOn, "meetingOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        priorities = List.copyOf(priorities);
    }
}
