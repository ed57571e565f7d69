package uk.mappa.ledger.core.share;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.consent.CertificateRegister;
import uk.mappa.ledger.core.consent.ConsentVerifier;
import uk.mappa.ledger.core.consent.TestPki;

/** The share's rules at their edges: corrections, withdrawal, destruction and third-party holders. */
class ShareRulesTest {

    static final Instant NOW = ShareTest.NOW;
    static final Instant SHARED = ShareTest.SHARED;
    static final BodyId THIRD_PARTY = new BodyId("liverpool-childrens-services");
    static final Actor THIRD_PARTY_MANAGER = new Actor("manager.liverpool", THIRD_PARTY, Set.of(Role.BUSINESS_MANAGER),
            Fixtures.MERSEYSIDE);
    static final Actor IG_LEAD = new Actor("ig.merseyside", null, Set.of(Role.IG_LEAD), Fixtures.MERSEYSIDE);

    final ShareId shareId = ShareId.random();
    FixtureConfiguration<Share> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_IN_FORCE));
        CertificateRegister none = fingerprint -> java.util.Optional.empty();
        fixture.registerInjectableResource(new ConsentVerifier(none, new TestPki("Test CA").trust()));
    }

    ShareRecorded recorded() {
        return new ShareRecorded(shareId, MOU, Category.ANNUAL_REPORT, "SMB annual report 2025/26", SMB,
                List.of(KNOWSLEY, WIRRAL), LawfulBasis.CJA_2003_S325, "Planning", ProtectiveMarking.official(), null,
                ShareTest.DIGEST, SHARED, ShareTest.RETAIN_UNTIL, "manager.merseyside-smb");
    }

    ShareWithdrawn withdrawn() {
        return new ShareWithdrawn(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), "Sent in error", NOW, "m");
    }

    OnwardDisclosureRecorded disclosedToThirdParty() {
        return new OnwardDisclosureRecorded(shareId, 1, SMB, KNOWSLEY, "Liverpool children's services", THIRD_PARTY,
                "Joint review", "CHILDREN_ACT_2004", "", NOW.plusSeconds(86_400), "e30=", "AAAA", "ab12", NOW, NOW,
                "m", "consent-1");
    }

    CorrectShare correct(String title, String purpose, LawfulBasis basis, ContentDigest content, Instant sharedAt,
                         String reason, Actor actor) {
        return new CorrectShare(shareId, title, purpose, basis, content, sharedAt, reason, NOW, actor);
    }

    @Test
    void aProviderOutsideTheRegisterIsNamed() {
        BodyId unknown = new BodyId("atlantis-smb");
        fixture.givenNoPriorActivity()
                .when(new RecordShare(shareId, MOU, Category.ANNUAL_REPORT, "Report", unknown, List.of(KNOWSLEY),
                        LawfulBasis.CJA_2003_S325, "Planning", ProtectiveMarking.official(), null, ShareTest.DIGEST,
                        SHARED, null, NOW, Fixtures.manager(unknown)))
                .expectException(violation("unknown-body")).expectExceptionMessage(Matchers.containsString("provider"));
    }

    @Test
    void aCorrectionIsTheProvidersWithAReasonAndFieldsWithinTheirLimits() {
        fixture.given(recorded()).when(correct("New title", null, null, null, null, "Typo", KNOWSLEY_MANAGER))
                .expectException(violation("not-provider-business-manager"))
                .expectExceptionMessage(Matchers.containsString("you act for knowsley-lscb"));
        fixture.given(recorded()).when(correct("New title", null, null, null, null, " ", SMB_MANAGER))
                .expectException(violation("missing-reason"));
        fixture.given(recorded()).when(correct("t".repeat(Share.MAX_TITLE_LENGTH + 1), null, null, null, null, "Typo",
                SMB_MANAGER)).expectException(violation("title-too-long"));
        fixture.given(recorded()).when(correct("t".repeat(Share.MAX_TITLE_LENGTH), null, null, null, null, "Typo",
                SMB_MANAGER)).expectSuccessfulHandlerExecution();
        fixture.given(recorded()).when(correct(null, "p".repeat(Share.MAX_PURPOSE_LENGTH + 1), null, null, null, "Typo",
                SMB_MANAGER)).expectException(violation("purpose-too-long"));
        fixture.given(recorded()).when(correct(null, null, null, null, NOW.plusSeconds(3600), "Date", SMB_MANAGER))
                .expectException(violation("shared-in-future"));
    }

    @Test
    void aLegacyMarkedShareCannotBeRedatedPastTheSchemeChange() {
        ShareRecorded historical = new ShareRecorded(shareId, MOU, Category.ANNUAL_REPORT, "Old report", SMB,
                List.of(KNOWSLEY), LawfulBasis.DPA_1998_S29_3, "Planning", null, LegacyMarking.RESTRICTED,
                ShareTest.DIGEST, Instant.parse("2013-05-01T00:00:00Z"), ShareTest.RETAIN_UNTIL, "m");
        fixture.given(historical).when(correct(null, null, null, null, SHARED, "Date", SMB_MANAGER))
                .expectException(violation("legacy-marking-on-current-share"));
    }

    @Test
    void aCorrectionOfOneFieldKeepsTheOthersAsTheyWere() {
        ShareCorrected purposeOnly = new ShareCorrected(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), null,
                "New purpose", null, null, null, null, "Why", "m");
        ShareCorrected titleOnly = new ShareCorrected(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(), "New title",
                null, null, null, null, null, "Why", "m");
        fixture.given(recorded(), purposeOnly).when(correct("SMB annual report 2025/26", null,
                        LawfulBasis.CJA_2003_S325, ShareTest.DIGEST, SHARED, "Same again", SMB_MANAGER))
                .expectException(violation("nothing-to-correct"));
        fixture.given(recorded(), titleOnly).when(correct(null, "Planning", null, null, null, "Same again",
                SMB_MANAGER)).expectException(violation("nothing-to-correct"));
    }

    @Test
    void aWithdrawalIsTheProvidersWithAReason() {
        fixture.given(recorded()).when(new WithdrawShare(shareId, "Error", NOW, KNOWSLEY_MANAGER))
                .expectException(violation("not-provider-business-manager"));
        fixture.given(recorded()).when(new WithdrawShare(shareId, " ", NOW, SMB_MANAGER))
                .expectException(violation("missing-reason"));
        fixture.given(recorded()).when(new RemarkShare(shareId, ProtectiveMarking.officialSensitive(), "why", IG_LEAD))
                .expectException(violation("not-provider-business-manager"))
                .expectExceptionMessage(Matchers.containsString("you act for no body"));
    }

    @Test
    void aWithdrawnShareIsNeitherReMarkedNorDisclosedOnward() {
        fixture.given(recorded(), withdrawn())
                .when(new RemarkShare(shareId, ProtectiveMarking.officialSensitive(), "why", SMB_MANAGER))
                .expectException(violation("share-withdrawn"));
        fixture.given(recorded(), withdrawn())
                .when(new RecordOnwardDisclosure(shareId, new byte[0], new byte[0], null, null, NOW, KNOWSLEY_MANAGER))
                .expectException(violation("share-withdrawn"));
    }

    @Test
    void aDestructionCannotBeRecordedAheadOfTime() {
        fixture.given(recorded())
                .when(new RecordDestruction(shareId, KNOWSLEY, DestructionReason.NO_LONGER_REQUIRED,
                        NOW.plusSeconds(3600), NOW, KNOWSLEY_MANAGER))
                .expectException(violation("shared-in-future"));
    }

    @Test
    void aRegisteredThirdPartyHoldsACopyItAcknowledgesDestroysAndIsToldOfChanges() {
        fixture.given(recorded(), disclosedToThirdParty())
                .when(new AcknowledgeShare(shareId, THIRD_PARTY, NOW, THIRD_PARTY_MANAGER))
                .expectEvents(new ShareAcknowledged(shareId, SMB, THIRD_PARTY, NOW, "manager.liverpool"));
        fixture.given(recorded(), disclosedToThirdParty())
                .when(new RecordDestruction(shareId, THIRD_PARTY, DestructionReason.NO_LONGER_REQUIRED, NOW, NOW,
                        THIRD_PARTY_MANAGER))
                .expectEvents(new CopyDestroyed(shareId, SMB, THIRD_PARTY, DestructionReason.NO_LONGER_REQUIRED, NOW,
                        "manager.liverpool"));
        fixture.given(recorded(), disclosedToThirdParty())
                .when(new WithdrawShare(shareId, "Sent in error", NOW, SMB_MANAGER))
                .expectEvents(new ShareWithdrawn(shareId, SMB, List.of(KNOWSLEY, WIRRAL), List.of(THIRD_PARTY),
                        "Sent in error", NOW, "manager.merseyside-smb"));
        fixture.given(recorded())
                .when(new AcknowledgeShare(shareId, THIRD_PARTY, NOW, THIRD_PARTY_MANAGER))
                .expectException(violation("not-a-recipient"));
    }
}
