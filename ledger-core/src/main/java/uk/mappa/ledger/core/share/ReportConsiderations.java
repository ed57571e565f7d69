package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/** The rules of recording that a board considered an annual report shared with it (MoU 2-3). */
final class ReportConsiderations {

    static final int MAX_PRIORITIES = 50;

    private ReportConsiderations() {
    }

    /** Only an annual report, by the business manager or chair of a board that received it. */
    static void requireBoardOfficerOf(ConsiderReport command, Category category, List<BodyId> recipients) {
        if (category != Category.ANNUAL_REPORT) {
            throw RuleViolation.unprocessable("not-an-annual-report", "Only an annual report is recorded as"
                    + " considered; this share is " + category + ".");
        }
        if (!recipients.contains(command.board())) {
            throw RuleViolation.unprocessable("not-a-recipient", command.board() + " is not a recipient of this share.");
        }
        if (!command.actor().actsFor(command.board(), Role.BUSINESS_MANAGER)
                && !command.actor().actsFor(command.board(), Role.CHAIR)) {
            throw RuleViolation.forbidden("not-board-officer", "Only the business manager or chair of "
                    + command.board() + " records what it considered.");
        }
    }

    /** Once per board, at a meeting held since the report was shared, with the priorities it took. */
    static ReportConsidered decide(ConsiderReport command, ShareId share, BodyId provider, Instant sharedAt,
                                   Set<BodyId> considered) {
        if (considered.contains(command.board())) {
            throw RuleViolation.conflict("already-considered", command.board() + " has already recorded considering"
                    + " this report.");
        }
        if (command.meetingOn().isBefore(AgreementTerms.dayOf(sharedAt))) {
            throw RuleViolation.unprocessable("considered-before-shared", "A report cannot be considered at a meeting"
                    + " before it was shared.");
        }
        if (command.meetingOn().isAfter(AgreementTerms.dayOf(command.recordedAt()))) {
            throw RuleViolation.unprocessable("meeting-in-future", "Record a meeting that has taken place.");
        }
        if (command.priorities().size() > MAX_PRIORITIES) {
            throw RuleViolation.unprocessable("too-many-priorities", "At most " + MAX_PRIORITIES + " priorities.");
        }
        List<String> priorities = command.priorities().stream()
                .map(priority -> Require.text("priority", priority, Share.MAX_TITLE_LENGTH)).toList();
        return new ReportConsidered(share, provider, command.board(), command.meetingOn(), priorities,
                command.actor().userId());
    }
}
