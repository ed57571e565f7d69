package uk.mappa.ledger.core.share;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.rule.RuleViolation;

/** One piece of information shared by a provider body with recipient bodies. */
public class Share {

    /** Clocks of the systems that report shares drift; a share "in the future" by less than this is accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_PURPOSE_LENGTH = 2000;

    @AggregateIdentifier
    private ShareId id;

    protected Share() {
        // for Axon
    }

    @CommandHandler
    public Share(RecordShare command, BodyRegister register) {
        requireBusinessManagerOfProvider(command.actor(), command.provider());
        requireText("title", command.title(), MAX_TITLE_LENGTH);
        requireText("purpose", command.purpose(), MAX_PURPOSE_LENGTH);
        requireRegistered(register, command.provider(), "provider");
        requireDistinctRecipientsOtherThanProvider(command.provider(), command.recipients());
        command.recipients().forEach(recipient -> requireRegistered(register, recipient, "recipient"));
        requireNotInFuture(command.sharedAt(), command.recordedAt());
        apply(new ShareRecorded(command.shareId(), command.category(), command.title().strip(), command.provider(),
                command.recipients(), command.lawfulBasis(), command.purpose().strip(), command.marking(),
                command.content(), command.sharedAt(), command.actor().username()));
    }

    private static void requireBusinessManagerOfProvider(Actor actor, BodyId provider) {
        if (!actor.actsFor(provider, Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-provider-business-manager",
                    "Only a business manager of " + provider + " can record what it shared; you act for "
                            + (actor.body() == null ? "no body" : actor.body().value()) + ".");
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.unprocessable("missing-" + field, "A share needs a " + field + ".");
        }
        if (value.strip().length() > maxLength) {
            throw RuleViolation.unprocessable(field + "-too-long",
                    "The " + field + " is at most " + maxLength + " characters.");
        }
    }

    private static void requireRegistered(BodyRegister register, BodyId body, String role) {
        if (register.find(body).isEmpty()) {
            throw RuleViolation.unprocessable("unknown-body",
                    "The " + role + " '" + body + "' is not in the register of bodies; see GET /api/bodies.");
        }
    }

    private static void requireDistinctRecipientsOtherThanProvider(BodyId provider, List<BodyId> recipients) {
        if (recipients.isEmpty()) {
            throw RuleViolation.unprocessable("no-recipients", "A share needs at least one recipient body.");
        }
        if (recipients.contains(provider)) {
            throw RuleViolation.unprocessable("provider-among-recipients",
                    "The provider " + provider + " cannot also be a recipient of its own share.");
        }
        Set<BodyId> seen = new HashSet<>();
        for (BodyId recipient : recipients) {
            if (!seen.add(recipient)) {
                throw RuleViolation.unprocessable("duplicate-recipient",
                        "Recipient '" + recipient + "' is named more than once.");
            }
        }
    }

    private static void requireNotInFuture(Instant sharedAt, Instant recordedAt) {
        if (sharedAt.isAfter(recordedAt.plus(CLOCK_TOLERANCE))) {
            throw RuleViolation.unprocessable("shared-in-future",
                    "The share is dated " + sharedAt + ", after the time it is being recorded (" + recordedAt
                            + "); record a share once it has happened.");
        }
    }

    @EventSourcingHandler
    void on(ShareRecorded event) {
        id = event.shareId();
    }
}
