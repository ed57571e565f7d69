package uk.mappa.ledger.core.share;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementRegister;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.arrangement.HandlingArrangements;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.consent.ConsentCheck;
import uk.mappa.ledger.core.consent.ConsentDocument;
import uk.mappa.ledger.core.consent.ConsentVerifier;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * One piece of information shared by a provider body with recipient bodies under a written agreement:
 * received, corrected, re-marked, withdrawn and destroyed, never edited.
 */
public class Share {

    /** Clocks of the systems that report shares drift; a share "in the future" by less than this is accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_PURPOSE_LENGTH = 2000;
    static final int MAX_REASON_LENGTH = 2000;

    @AggregateIdentifier
    private ShareId id;
    private AgreementId agreementId;
    private Category category;
    private BodyId provider;
    private List<BodyId> recipients;
    private String title;
    private String purpose;
    private LawfulBasis lawfulBasis;
    private ContentDigest content;
    private Instant sharedAt;
    private ProtectiveMarking marking;
    private LegacyMarking legacyMarking;
    private boolean withdrawn;
    private int onwardDisclosures;
    private final Set<BodyId> acknowledged = new HashSet<>();
    private final Set<BodyId> considered = new HashSet<>();
    private final Set<BodyId> destroyed = new HashSet<>();
    /** Registered third parties that received a copy through an onward disclosure: the share reaches them too. */
    private final Set<BodyId> onwardHolders = new LinkedHashSet<>();
    /** Each consent allows one disclosure. */
    private final Set<String> usedConsents = new HashSet<>();

    protected Share() {
        // for Axon
    }

    @CommandHandler
    public Share(RecordShare command, BodyRegister bodies, AgreementRegister agreements,
                 HandlingArrangements arrangements, LinkedRecords links) {
        SharingTerms.requireRecorderFor(command.actor(), command.provider(), command.category(), bodies);
        requireText("title", command.title(), MAX_TITLE_LENGTH);
        requireText("purpose", command.purpose(), MAX_PURPOSE_LENGTH);
        SharingTerms.requirePurposeAllowedFor(command.category(), command.purpose().strip());
        Marking markings = new Marking(command.marking(), command.legacyMarking());
        requireLegacyMarkingOnlyOnHistoricalMaterial(command.legacyMarking(), command.sharedAt());
        requireRegistered(bodies, command.provider(), "provider");
        requireDistinctRecipientsOtherThanProvider(command.provider(), command.recipients());
        command.recipients().forEach(recipient -> requireRegistered(bodies, recipient, "recipient"));
        requireNotInFuture(command.sharedAt(), command.recordedAt());
        AgreementTerms agreement = requireAgreementCovering(agreements, command.agreementId(), command.provider(),
                command.recipients(), command.category(), command.sharedAt());
        SharingTerms.requireLawfulBasisOf(agreement, command.lawfulBasis());
        SharingTerms.requireHandlingArrangementFor(command, agreement, arrangements);
        SharingTerms.requireLinkFor(command, links);
        Instant retainUntil = command.retainUntil() != null ? command.retainUntil() : agreement.retainUntil(command.sharedAt());
        requireRetentionAfterSharing(retainUntil, command.sharedAt());
        apply(new ShareRecorded(command.shareId(), command.agreementId(), command.category(), command.title().strip(),
                command.provider(), command.recipients(), command.lawfulBasis(), command.purpose().strip(),
                markings.current(), markings.legacy(), command.content(), command.sharedAt(), retainUntil,
                command.actor().userId(), command.handlingArrangement(), command.link()));
    }

    @CommandHandler
    void handle(AcknowledgeShare command) {
        requireReceivedBy(command.recipient());
        requireBusinessManagerOf(command.actor(), command.recipient(), "acknowledge receipt for");
        requireNotWithdrawn("acknowledged");
        if (acknowledged.contains(command.recipient())) {
            throw RuleViolation.conflict("already-acknowledged", command.recipient() + " has already acknowledged this share.");
        }
        apply(new ShareAcknowledged(id, provider, command.recipient(), command.acknowledgedAt(), command.actor().userId()));
    }

    /** A board that received an annual report records the meeting that considered it and what it took from it. */
    @CommandHandler
    void handle(ConsiderReport command) {
        ReportConsiderations.requireBoardOfficerOf(command, category, recipients);
        requireNotWithdrawn("considered");
        apply(ReportConsiderations.decide(command, id, provider, sharedAt, considered));
    }

    @CommandHandler
    void handle(RemarkShare command) {
        SharingTerms.requireRecorderOf(command.actor(), provider, category);
        requireNotWithdrawn("re-marked");
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        if (command.marking().equals(marking)) {
            throw RuleViolation.unprocessable("marking-unchanged", "The share is already marked " + marking.label() + ".");
        }
        apply(new ShareRemarked(id, provider, recipients, List.copyOf(onwardHolders), marking, legacyMarking, command.marking(),
                command.reason().strip(), command.actor().userId()));
    }

    @CommandHandler
    void handle(CorrectShare command, AgreementRegister agreements) {
        SharingTerms.requireRecorderOf(command.actor(), provider, category);
        requireNotWithdrawn("corrected");
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        String newTitle = changed(command.title() == null ? null : command.title().strip(), title);
        String newPurpose = changed(command.purpose() == null ? null : command.purpose().strip(), purpose);
        if (newTitle != null) {
            requireText("title", newTitle, MAX_TITLE_LENGTH);
        }
        if (newPurpose != null) {
            requireText("purpose", newPurpose, MAX_PURPOSE_LENGTH);
            SharingTerms.requirePurposeAllowedFor(category, newPurpose);
        }
        LawfulBasis newBasis = changed(command.lawfulBasis(), lawfulBasis);
        ContentDigest newContent = changed(command.content(), content);
        Instant newSharedAt = changed(command.sharedAt(), sharedAt);
        Instant newRetainUntil = null;
        if (newSharedAt != null) {
            requireNotInFuture(newSharedAt, command.correctedAt());
            requireLegacyMarkingOnlyOnHistoricalMaterial(legacyMarking, newSharedAt);
            AgreementTerms agreement = requireAgreementCovering(agreements, agreementId, provider, recipients, category,
                    newSharedAt);
            newRetainUntil = agreement.retainUntil(newSharedAt);
        }
        if (newBasis != null) {
            SharingTerms.requireLawfulBasisOf(agreements.find(agreementId).orElseThrow(), newBasis);
        }
        if (newTitle == null && newPurpose == null && newBasis == null && newContent == null && newSharedAt == null) {
            throw RuleViolation.unprocessable("nothing-to-correct", "The correction changes no field of the share.");
        }
        apply(new ShareCorrected(id, provider, recipients, List.copyOf(onwardHolders), newTitle, newPurpose, newBasis, newContent, newSharedAt,
                newRetainUntil, command.reason().strip(), command.actor().userId()));
    }

    @CommandHandler
    void handle(WithdrawShare command) {
        SharingTerms.requireRecorderOf(command.actor(), provider, category);
        requireNotWithdrawn("withdrawn again");
        requireText("reason", command.reason(), MAX_REASON_LENGTH);
        apply(new ShareWithdrawn(id, provider, recipients, List.copyOf(onwardHolders), command.reason().strip(), command.withdrawnAt(),
                command.actor().userId()));
    }

    @CommandHandler
    void handle(RecordDestruction command) {
        BodyId holder = command.holder();
        if (!holder.equals(provider) && !recipients.contains(holder) && !onwardHolders.contains(holder)) {
            throw RuleViolation.unprocessable("not-a-holder", holder + " never held this share.");
        }
        requireBusinessManagerOf(command.actor(), holder, "record destruction for");
        if (destroyed.contains(holder)) {
            throw RuleViolation.conflict("already-destroyed", holder + " has already recorded destroying its copy.");
        }
        if (command.reason() == DestructionReason.WITHDRAWN && !withdrawn) {
            throw RuleViolation.unprocessable("share-not-withdrawn",
                    "The share has not been withdrawn; give the reason the copy was destroyed.");
        }
        requireNotInFuture(command.destroyedAt(), command.recordedAt());
        if (command.destroyedAt().isBefore(sharedAt)) {
            throw RuleViolation.unprocessable("destroyed-before-shared", "A copy cannot be destroyed before it was shared.");
        }
        apply(new CopyDestroyed(id, provider, holder, command.reason(), command.destroyedAt(), command.actor().userId()));
    }

    /**
     * A recipient still holding the share discloses it to a third party. Every failure of the consent is
     * recorded as a refusal and returned, not thrown, so the record of the attempt is kept.
     */
    @CommandHandler
    OnwardDisclosureOutcome handle(RecordOnwardDisclosure command, ConsentVerifier verifier, BodyRegister bodies) {
        BodyId discloser = command.actor().body();
        if (discloser == null || !recipients.contains(discloser) || !command.actor().hasRole(Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-a-holder", "Only a business manager of a body that received this share"
                    + " can disclose it onward.");
        }
        if (destroyed.contains(discloser)) {
            throw RuleViolation.unprocessable("copy-destroyed", discloser + " destroyed its copy of this share.");
        }
        requireNotWithdrawn("disclosed onward");
        ConsentCheck check = verifier.check(command.consentDocument(), command.signature(),
                new ConsentVerifier.ShareFacts(id.toString(), content.sha256(), provider.value()), command.thirdParty(),
                command.purpose(), command.disclosedAt());
        if (check instanceof ConsentCheck.Valid valid) {
            ConsentDocument consent = valid.document();
            String thirdPartyBody = consent.thirdPartyBodyId();
            if (!consent.discloser().equals(discloser.value())) {
                check = new ConsentCheck.Refused("consent-wrong-discloser", "The consent allows "
                        + consent.discloser() + " to make this disclosure, not " + discloser + ".");
            } else if (usedConsents.contains(consent.consentId())) {
                check = new ConsentCheck.Refused("consent-already-used", "The consent " + consent.consentId()
                        + " was used for a disclosure already; each consent allows one.");
            } else if (thirdPartyBody != null && (!BodyId.isWellFormed(thirdPartyBody) || bodies.find(new BodyId(thirdPartyBody)).isEmpty())) {
                check = new ConsentCheck.Refused("invalid-consent-document",
                        "The consent names third-party body '" + thirdPartyBody + "', which is not in the register.");
            } else {
                apply(new OnwardDisclosureRecorded(id, onwardDisclosures + 1, provider, discloser,
                        consent.thirdPartyName(), thirdPartyBody == null ? null : new BodyId(thirdPartyBody),
                        consent.purpose(), consent.lawfulBasis(), consent.conditions(), consent.expires(),
                        Base64.getEncoder().encodeToString(command.consentDocument()),
                        Base64.getEncoder().encodeToString(command.signature()), valid.signerFingerprint(),
                        valid.judgedAt(), command.disclosedAt(), command.actor().userId(), consent.consentId()));
                return OnwardDisclosureOutcome.recorded(onwardDisclosures);
            }
        }
        ConsentCheck.Refused refused = (ConsentCheck.Refused) check;
        apply(new OnwardDisclosureRefused(id, provider, discloser, refused.code(), refused.detail(),
                command.disclosedAt(), command.actor().userId()));
        return OnwardDisclosureOutcome.refused(refused.code(), refused.detail());
    }

    private static <T> T changed(T requested, T current) {
        return requested == null || Objects.equals(requested, current) ? null : requested;
    }

    /** A recipient, or a registered third party that received a copy through an onward disclosure. */
    private void requireReceivedBy(BodyId body) {
        if (!recipients.contains(body) && !onwardHolders.contains(body)) {
            throw RuleViolation.unprocessable("not-a-recipient", body + " is not a recipient of this share.");
        }
    }

    private void requireNotWithdrawn(String action) {
        if (withdrawn) {
            throw RuleViolation.unprocessable("share-withdrawn", "The share was withdrawn and cannot be " + action + ".");
        }
    }

    private static void requireBusinessManagerOf(Actor actor, BodyId body, String action) {
        if (!actor.actsFor(body, Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-holder-business-manager",
                    "Only a business manager of " + body + " can " + action + " it.");
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        Require.text(field, value, maxLength);
    }

    private static void requireRegistered(BodyRegister register, BodyId body, String role) {
        RegisteredBody registered = register.find(body).orElseThrow(() -> RuleViolation.unprocessable("unknown-body",
                "The " + role + " '" + body + "' is not in the register of bodies; see GET /api/bodies."));
        if (!registered.isOpen()) {
            throw RuleViolation.unprocessable("body-not-open", "The " + role + " '" + body + "' is "
                    + registered.status().name().toLowerCase()
                    + (registered.successor() != null ? " into " + registered.successor() : "")
                    + " and takes no new shares.");
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

    private static void requireNotInFuture(Instant when, Instant now) {
        if (when.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw RuleViolation.unprocessable("shared-in-future",
                    "The date " + when + " is after the time it is being recorded (" + now
                            + "); record what has happened.");
        }
    }

    private static void requireLegacyMarkingOnlyOnHistoricalMaterial(LegacyMarking legacy, Instant sharedAt) {
        if (legacy != null && !sharedAt.isBefore(LegacyMarking.SCHEME_REPLACED)) {
            throw RuleViolation.unprocessable("legacy-marking-on-current-share",
                    "GPMS markings apply to material shared before 2 April 2014; mark this share with a"
                            + " Government Security Classification.");
        }
    }

    private static void requireRetentionAfterSharing(Instant retainUntil, Instant sharedAt) {
        if (!retainUntil.isAfter(sharedAt)) {
            throw RuleViolation.unprocessable("retention-before-share", "Copies must be kept until after the share date.");
        }
    }

    /** The share must cite an agreement in force on the share date that names every body and covers the category. */
    private static AgreementTerms requireAgreementCovering(AgreementRegister agreements, AgreementId agreementId,
                                                           BodyId provider, List<BodyId> recipients,
                                                           Category category, Instant sharedAt) {
        AgreementTerms agreement = agreements.find(agreementId).orElseThrow(() -> RuleViolation.unprocessable(
                "agreement-not-found", "There is no agreement " + agreementId + "; see GET /api/agreements."));
        if (!agreement.inForceAt(sharedAt)) {
            throw RuleViolation.unprocessable("agreement-not-in-force", "Agreement '" + agreement.title()
                    + "' was not in force on " + sharedAt + " (it is " + agreement.status() + ").");
        }
        if (!agreement.names(provider)) {
            throw RuleViolation.unprocessable("provider-not-party",
                    "The provider " + provider + " is not a party to agreement '" + agreement.title() + "'.");
        }
        for (BodyId recipient : recipients) {
            if (!agreement.names(recipient)) {
                throw RuleViolation.unprocessable("recipient-not-party",
                        "The recipient " + recipient + " is not a party to agreement '" + agreement.title() + "'.");
            }
        }
        if (!agreement.covers(category)) {
            throw RuleViolation.unprocessable("category-not-covered", "Agreement '" + agreement.title()
                    + "' does not cover " + category + "; it covers " + agreement.categories() + ".");
        }
        return agreement;
    }

    @EventSourcingHandler
    void on(ShareRecorded event) {
        id = event.shareId();
        agreementId = event.agreementId();
        category = event.category();
        provider = event.provider();
        recipients = event.recipients();
        title = event.title();
        purpose = event.purpose();
        lawfulBasis = event.lawfulBasis();
        content = event.content();
        sharedAt = event.sharedAt();
        marking = event.marking();
        legacyMarking = event.legacyMarking();
    }

    @EventSourcingHandler
    void on(ShareAcknowledged event) {
        acknowledged.add(event.recipient());
    }

    @EventSourcingHandler
    void on(ReportConsidered event) {
        considered.add(event.board());
    }

    @EventSourcingHandler
    void on(ShareRemarked event) {
        marking = event.marking();
    }

    @EventSourcingHandler
    void on(ShareCorrected event) {
        title = event.title() != null ? event.title() : title;
        purpose = event.purpose() != null ? event.purpose() : purpose;
        lawfulBasis = event.lawfulBasis() != null ? event.lawfulBasis() : lawfulBasis;
        content = event.content() != null ? event.content() : content;
        sharedAt = event.sharedAt() != null ? event.sharedAt() : sharedAt;
    }

    @EventSourcingHandler
    void on(ShareWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(OnwardDisclosureRecorded event) {
        onwardDisclosures = event.number();
        if (event.consentId() != null) {
            usedConsents.add(event.consentId());
        }
        if (event.thirdPartyBodyId() != null) {
            onwardHolders.add(event.thirdPartyBodyId());
        }
    }

    @EventSourcingHandler
    void on(CopyDestroyed event) {
        destroyed.add(event.holder());
    }
}
