package uk.mappa.ledger.core.share;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A recipient board considered an annual report when planning its own work (MoU 2-3).
 *
 * @param priorities the priorities it took into its business plan; empty when it took none
 */
@Revision("1")
public record ReportConsidered(ShareId shareId, BodyId provider, BodyId board, LocalDate meetingOn,
                               List<String> priorities, String recordedBy) implements ShareEvent {

    public ReportConsidered {
        priorities = List.copyOf(priorities);
    }

    @Override
    public List<BodyId> bodiesInvolved() {
        return List.of(provider, board);
    }

    @Override
    public String summary() {
        return board + " considered the annual report of " + provider + " (share " + shareId + ") at its meeting of "
                + meetingOn + "; priorities taken into its business plan: " + priorities.size();
    }
}
