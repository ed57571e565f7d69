package uk.mappa.ledger.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.MOU_IN_FORCE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.Fixtures.WIRRAL_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementEvent;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementSuspended;
import uk.mappa.ledger.core.body.BodyId;

class ShareTest {

    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final Instant SHARED = NOW.minusSeconds(3600);
    static final ContentDigest DIGEST = new ContentDigest("a".repeat(64));
    /** The MoU's retention is three years from the share date. */
    static final Instant RETAIN_UNTIL = Instant.parse("2029-04-01T09:00:00Z");

    FixtureConfiguration<Share> fixture;
    ShareId shareId = ShareId.random();

    @BeforeEach
    void setUp() {
        fixtureWithAgreement(MOU_IN_FORCE);
    }

    void fixtureWithAgreement(List<AgreementEvent> agreementHistory) {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(agreementHistory));
    }

    RecordShare annualReport(List<BodyId> recipients) {
        return annualReport(SMB_MANAGER, SMB, recipients, SHARED);
    }

    RecordShare annualReport(Actor actor, BodyId provider, List<BodyId> recipients, Instant sharedAt) {
        return new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, " SMB annual report 2025/26 ", provider,
                recipients, LawfulBasis.CJA_2003_S325, "Planning of LSCB business priorities",
                ProtectiveMarking.official(), null, DIGEST, sharedAt, null, NOW, actor);
    }

    ShareRecorded recorded() {
        return new ShareRecorded(shareId, MOU, Category.ANNUAL_REPORT, "SMB annual report 2025/26", SMB,
                List.of(KNOWSLEY, WIRRAL), LawfulBasis.CJA_2003_S325, "Planning of LSCB business priorities",
                ProtectiveMarking.official(), null, DIGEST, SHARED, RETAIN_UNTIL, "manager.merseyside-smb");
    }

    @Test
    void recordsAShareFromTheProvidersBusinessManagerWithTheAgreementsRetention() {
        fixture.givenNoPriorActivity()
                .when(annualReport(List.of(KNOWSLEY, WIRRAL)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded());
    }

    @Test
    void aShareMayKeepCopiesForLessThanTheAgreementSays() {
        Instant sooner = SHARED.plus(30, ChronoUnit.DAYS);
        RecordShare command = annualReport(List.of(KNOWSLEY));
        fixture.givenNoPriorActivity()
                .when(new RecordShare(shareId, MOU, command.category(), command.title(), SMB, command.recipients(),
                        command.lawfulBasis(), command.purpose(), command.marking(), null, DIGEST, SHARED, sooner, NOW,
                        SMB_MANAGER))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.hasToString(containsString("retainUntil=" + sooner)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void refusesAShareRecordedForAnotherBody() {
        fixture.givenNoPriorActivity()
                .when(annualReport(KNOWSLEY_MANAGER, SMB, List.of(WIRRAL), NOW))
                .expectNoEvents()
                .expectException(violation("not-provider-business-manager"))
                .expectExceptionMessage(containsString("Only a business manager of merseyside-smb"));
    }

    @Test
    void refusesAShareRecordedBySomeoneWhoIsNotABusinessManager() {
        Actor auditor = new Actor("auditor", SMB, Set.of(Role.AUDITOR), null);
        expectViolation(annualReport(auditor, SMB, List.of(KNOWSLEY), NOW), "not-provider-business-manager");
    }

    @Test
    void refusesUnregisteredRecipients() {
        expectViolation(annualReport(List.of(KNOWSLEY, new BodyId("atlantis-lscb"))), "unknown-body");
    }

    @Test
    void refusesTheProviderAsItsOwnRecipient() {
        expectViolation(annualReport(List.of(KNOWSLEY, SMB)), "provider-among-recipients");
    }

    @Test
    void refusesARecipientNamedTwice() {
        expectViolation(annualReport(List.of(KNOWSLEY, WIRRAL, KNOWSLEY)), "duplicate-recipient");
    }

    @Test
    void refusesAShareWithoutRecipients() {
        expectViolation(annualReport(List.of()), "no-recipients");
    }

    @Test
    void refusesAShareDatedAfterItIsRecorded() {
        expectViolation(annualReport(SMB_MANAGER, SMB, List.of(KNOWSLEY), NOW.plusSeconds(3600)), "shared-in-future");
    }

    @Test
    void acceptsASmallClockDriftOfTheReportingSystem() {
        fixture.givenNoPriorActivity()
                .when(annualReport(SMB_MANAGER, SMB, List.of(KNOWSLEY), NOW.plusSeconds(60)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesABlankTitle() {
        expectViolation(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "  ", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "purpose", ProtectiveMarking.official(), null, DIGEST, NOW, null, NOW,
                SMB_MANAGER), "missing-title");
    }

    @Test
    void refusesAnOverlongPurpose() {
        expectViolation(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "title", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "x".repeat(Share.MAX_PURPOSE_LENGTH + 1), ProtectiveMarking.official(),
                null, DIGEST, NOW, null, NOW, SMB_MANAGER), "purpose-too-long");
    }

    @Test
    void refusesAShareCitingNoKnownAgreement() {
        RecordShare command = annualReport(List.of(KNOWSLEY));
        expectViolation(new RecordShare(shareId, AgreementId.random(), command.category(), command.title(), SMB,
                command.recipients(), command.lawfulBasis(), command.purpose(), command.marking(), null, DIGEST,
                SHARED, null, NOW, SMB_MANAGER), "agreement-not-found");
    }

    @Test
    void refusesAShareDatedBeforeTheAgreementTookEffect() {
        expectViolation(annualReport(SMB_MANAGER, SMB, List.of(KNOWSLEY), Instant.parse("2019-12-31T12:00:00Z")),
                "agreement-not-in-force");
    }

    @Test
    void refusesAShareDuringASuspensionOfTheAgreement() {
        List<AgreementEvent> suspended = new ArrayList<>(MOU_IN_FORCE);
        suspended.add(new AgreementSuspended(MOU, NOW.minusSeconds(7200), "Under review", "ig.merseyside",
                List.of(SMB, KNOWSLEY, WIRRAL)));
        fixtureWithAgreement(suspended);
        expectViolation(annualReport(List.of(KNOWSLEY)), "agreement-not-in-force");
    }

    @Test
    void refusesARecipientOutsideTheAgreement() {
        expectViolation(annualReport(List.of(KNOWSLEY, PORTSMOUTH)), "recipient-not-party");
    }

    @Test
    void refusesACategoryTheAgreementDoesNotCover() {
        expectViolation(new RecordShare(shareId, MOU, Category.MINUTES, "Minutes", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "purpose", ProtectiveMarking.official(), null, DIGEST, SHARED, null, NOW,
                SMB_MANAGER), "category-not-covered");
    }

    @Test
    void refusesALegacyMarkingOnCurrentMaterial() {
        expectViolation(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "Report", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "purpose", null, LegacyMarking.RESTRICTED, DIGEST, SHARED, null, NOW,
                SMB_MANAGER), "legacy-marking-on-current-share");
    }

    @Test
    void refusesAShareWithNoMarkingAtAll() {
        expectViolation(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "Report", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "purpose", null, null, DIGEST, SHARED, null, NOW, SMB_MANAGER),
                "missing-marking");
    }

    @Test
    void recipientsAcknowledgeReceiptOnce() {
        fixture.given(recorded())
                .when(new AcknowledgeShare(shareId, KNOWSLEY, NOW, KNOWSLEY_MANAGER))
                .expectEvents(new ShareAcknowledged(shareId, SMB, KNOWSLEY, NOW, "manager.knowsley-lscb"));
        fixture.given(recorded(), new ShareAcknowledged(shareId, SMB, KNOWSLEY, NOW, "manager.knowsley-lscb"))
                .when(new AcknowledgeShare(shareId, KNOWSLEY, NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("already-acknowledged"));
    }

    @Test
    void onlyARecipientsOwnBusinessManagerAcknowledgesForIt() {
        fixture.given(recorded())
                .when(new AcknowledgeShare(shareId, KNOWSLEY, NOW, WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-holder-business-manager"));
        fixture.given(recorded())
                .when(new AcknowledgeShare(shareId, SMB, NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-a-recipient"));
    }

    @Test
    void theProviderReMarksWithAReason() {
        ProtectiveMarking sensitive = ProtectiveMarking.officialSensitive(Descriptor.PERSONAL);
        fixture.given(recorded())
                .when(new RemarkShare(shareId, sensitive, "Contains personal data of staff", SMB_MANAGER))
                .expectEvents(new ShareRemarked(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), ProtectiveMarking.official(),
                        null, sensitive, "Contains personal data of staff", "manager.merseyside-smb"));
    }

    @Test
    void onlyTheProviderReMarks() {
        fixture.given(recorded())
                .when(new RemarkShare(shareId, ProtectiveMarking.officialSensitive(), "why", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-provider-business-manager"));
    }

    @Test
    void reMarkingNeedsAReasonAndAChange() {
        fixture.given(recorded())
                .when(new RemarkShare(shareId, ProtectiveMarking.officialSensitive(), " ", SMB_MANAGER))
                .expectNoEvents().expectException(violation("missing-reason"));
        fixture.given(recorded())
                .when(new RemarkShare(shareId, ProtectiveMarking.official(), "no change", SMB_MANAGER))
                .expectNoEvents().expectException(violation("marking-unchanged"));
    }

    @Test
    void correctionsRecordOnlyTheChangedFieldsAndRecomputeRetention() {
        Instant earlier = Instant.parse("2026-03-01T09:00:00Z");
        fixture.given(recorded())
                .when(new CorrectShare(shareId, "SMB annual report 2025/26", "LSCB planning", null, null, earlier,
                        "Wrong date and purpose", NOW, SMB_MANAGER))
                .expectEvents(new ShareCorrected(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), null, "LSCB planning", null,
                        null, earlier, Instant.parse("2029-03-01T09:00:00Z"), "Wrong date and purpose",
                        "manager.merseyside-smb"));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(recorded())
                .when(new CorrectShare(shareId, "SMB annual report 2025/26", null, LawfulBasis.CJA_2003_S325, DIGEST,
                        null, "typo", NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("nothing-to-correct"));
    }

    @Test
    void aCorrectedDateMustStillFallWithinTheAgreement() {
        fixture.given(recorded())
                .when(new CorrectShare(shareId, null, null, null, null, Instant.parse("2019-06-01T00:00:00Z"),
                        "date", NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("agreement-not-in-force"));
    }

    @Test
    void withdrawalAsksRecipientsToDestroyAndEachRecordsIt() {
        ShareWithdrawn withdrawn = new ShareWithdrawn(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), "Sent in error", NOW,
                "manager.merseyside-smb");
        fixture.given(recorded())
                .when(new WithdrawShare(shareId, "Sent in error", NOW, SMB_MANAGER))
                .expectEvents(withdrawn);
        fixture.given(recorded(), withdrawn)
                .when(new RecordDestruction(shareId, KNOWSLEY, DestructionReason.WITHDRAWN, NOW, NOW, KNOWSLEY_MANAGER))
                .expectEvents(new CopyDestroyed(shareId, SMB, KNOWSLEY, DestructionReason.WITHDRAWN, NOW,
                        "manager.knowsley-lscb"));
    }

    @Test
    void aWithdrawnShareCannotBeWithdrawnAcknowledgedOrCorrected() {
        ShareWithdrawn withdrawn = new ShareWithdrawn(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), "Sent in error", NOW,
                "manager.merseyside-smb");
        fixture.given(recorded(), withdrawn).when(new WithdrawShare(shareId, "again", NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("share-withdrawn"));
        fixture.given(recorded(), withdrawn).when(new AcknowledgeShare(shareId, KNOWSLEY, NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("share-withdrawn"));
        fixture.given(recorded(), withdrawn)
                .when(new CorrectShare(shareId, "New", null, null, null, null, "fix", NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("share-withdrawn"));
    }

    @Test
    void destructionRules() {
        fixture.given(recorded())
                .when(new RecordDestruction(shareId, KNOWSLEY, DestructionReason.WITHDRAWN, NOW, NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("share-not-withdrawn"));
        fixture.given(recorded())
                .when(new RecordDestruction(shareId, PORTSMOUTH, DestructionReason.NO_LONGER_REQUIRED, NOW, NOW,
                        Fixtures.manager(PORTSMOUTH)))
                .expectNoEvents().expectException(violation("not-a-holder"));
        fixture.given(recorded())
                .when(new RecordDestruction(shareId, KNOWSLEY, DestructionReason.NO_LONGER_REQUIRED, NOW, NOW,
                        WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-holder-business-manager"));
        fixture.given(recorded(), new CopyDestroyed(shareId, SMB, KNOWSLEY, DestructionReason.NO_LONGER_REQUIRED, NOW,
                        "manager.knowsley-lscb"))
                .when(new RecordDestruction(shareId, KNOWSLEY, DestructionReason.NO_LONGER_REQUIRED, NOW, NOW,
                        KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("already-destroyed"));
        fixture.given(recorded())
                .when(new RecordDestruction(shareId, KNOWSLEY, DestructionReason.RETENTION_EXPIRED,
                        SHARED.minusSeconds(60), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("destroyed-before-shared"));
    }

    @Test
    void summaryNeverCarriesTheTitleWhichMayBeReMarkedLater() {
        ShareRecorded official = new ShareRecorded(shareId, MOU, Category.CASE_INFORMATION, "Operation name", SMB,
                List.of(KNOWSLEY), LawfulBasis.DPA_2018_PART_3, "review", ProtectiveMarking.official(), null, DIGEST,
                NOW, RETAIN_UNTIL, "someone");
        assertThat(official.summary()).doesNotContain("Operation name").contains("OFFICIAL", "CASE_INFORMATION");
        assertThat(official.bodiesInvolved()).containsExactly(SMB, KNOWSLEY);
    }

    private void expectViolation(RecordShare command, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(violation(code));
    }

    @Test
    void refusesKeepingCopiesUntilBeforeTheShareDate() {
        expectViolation(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "Report", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "purpose", ProtectiveMarking.official(), null, DIGEST, SHARED,
                SHARED.minusSeconds(1), NOW, SMB_MANAGER), "retention-before-share");
    }
}
