package uk.mappa.ledger.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.body.RegisteredBody;

class ShareTest {

    static final MappaArea MERSEYSIDE = new MappaArea("merseyside");
    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final ContentDigest DIGEST = new ContentDigest("a".repeat(64));
    static final Actor SMB_MANAGER = new Actor("manager.merseyside-smb", SMB, Set.of(Role.BUSINESS_MANAGER), null);

    static final BodyRegister REGISTER = id -> Optional.ofNullable(Map.of(
            SMB, new RegisteredBody(SMB, "Merseyside SMB", BodyKind.SMB, MERSEYSIDE),
            KNOWSLEY, new RegisteredBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE),
            WIRRAL, new RegisteredBody(WIRRAL, "Wirral LSCB", BodyKind.LSCB, MERSEYSIDE)).get(id));

    FixtureConfiguration<Share> fixture;
    ShareId shareId = ShareId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(REGISTER);
    }

    RecordShare annualReport(List<BodyId> recipients) {
        return annualReport(SMB_MANAGER, SMB, recipients, NOW.minusSeconds(3600));
    }

    RecordShare annualReport(Actor actor, BodyId provider, List<BodyId> recipients, Instant sharedAt) {
        return new RecordShare(shareId, Category.ANNUAL_REPORT, " SMB annual report 2025/26 ", provider, recipients,
                LawfulBasis.CJA_2003_S325, "Planning of LSCB business priorities", ProtectiveMarking.official(),
                DIGEST, sharedAt, NOW, actor);
    }

    @Test
    void recordsAShareFromTheProvidersBusinessManager() {
        fixture.givenNoPriorActivity()
                .when(annualReport(List.of(KNOWSLEY, WIRRAL)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ShareRecorded(shareId, Category.ANNUAL_REPORT, "SMB annual report 2025/26", SMB,
                        List.of(KNOWSLEY, WIRRAL), LawfulBasis.CJA_2003_S325, "Planning of LSCB business priorities",
                        ProtectiveMarking.official(), DIGEST, NOW.minusSeconds(3600), "manager.merseyside-smb"));
    }

    @Test
    void refusesAShareRecordedForAnotherBody() {
        Actor knowsleyManager = new Actor("manager.knowsley-lscb", KNOWSLEY, Set.of(Role.BUSINESS_MANAGER), null);
        fixture.givenNoPriorActivity()
                .when(annualReport(knowsleyManager, SMB, List.of(WIRRAL), NOW))
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
        RecordShare blankTitle = new RecordShare(shareId, Category.ANNUAL_REPORT, "  ", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "purpose", ProtectiveMarking.official(), DIGEST, NOW, NOW, SMB_MANAGER);
        expectViolation(blankTitle, "missing-title");
    }

    @Test
    void refusesAnOverlongPurpose() {
        RecordShare longPurpose = new RecordShare(shareId, Category.ANNUAL_REPORT, "title", SMB, List.of(KNOWSLEY),
                LawfulBasis.CJA_2003_S325, "x".repeat(Share.MAX_PURPOSE_LENGTH + 1), ProtectiveMarking.official(),
                DIGEST, NOW, NOW, SMB_MANAGER);
        expectViolation(longPurpose, "purpose-too-long");
    }

    @Test
    void summaryWithholdsTheTitleOfSecretMaterial() {
        ShareRecorded secret = new ShareRecorded(shareId, Category.CASE_INFORMATION, "Operation name", SMB,
                List.of(KNOWSLEY), LawfulBasis.DPA_2018_PART_3, "review",
                new ProtectiveMarking(Classification.SECRET, false, List.of()), DIGEST, NOW, "someone");
        assertThat(secret.summary()).doesNotContain("Operation name").contains("[title withheld]", "SECRET");
        assertThat(secret.bodiesInvolved()).containsExactly(SMB, KNOWSLEY);
    }

    private void expectViolation(RecordShare command, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(violation(code));
    }
}
