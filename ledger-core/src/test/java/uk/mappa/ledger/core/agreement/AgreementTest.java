package uk.mappa.ledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE_IG;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.MOU_DRAFTED;
import static uk.mappa.ledger.core.Fixtures.MOU_EFFECTIVE;
import static uk.mappa.ledger.core.Fixtures.MOU_IN_FORCE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.Fixtures.WIRRAL_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

class AgreementTest {

    static final LocalDate TODAY = LocalDate.parse("2026-04-01");
    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final List<uk.mappa.ledger.core.body.BodyId> PARTIES = List.of(SMB, KNOWSLEY, WIRRAL);

    FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
    }

    DraftAgreement draft(Actor actor, List<uk.mappa.ledger.core.body.BodyId> parties) {
        return new DraftAgreement(MOU, AgreementKind.MOU, "Merseyside MoU", parties,
                List.of(Category.ANNUAL_REPORT, Category.TRAINING, Category.SCR_LEARNING),
                List.of(LawfulBasis.CJA_2003_S325, LawfulBasis.CHILDREN_ACT_2004), MOU_EFFECTIVE,
                LocalDate.parse("2027-01-01"), Period.ofYears(3), actor);
    }

    @Test
    void anInformationGovernanceLeadDraftsAnAgreementBetweenBodiesOfTheArea() {
        fixture.givenNoPriorActivity().when(draft(MERSEYSIDE_IG, PARTIES)).expectEvents(MOU_DRAFTED);
    }

    @Test
    void aPartysBusinessManagerMayDraftButAnOutsiderMayNot() {
        fixture.givenNoPriorActivity().when(draft(SMB_MANAGER, PARTIES)).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity().when(draft(Fixtures.manager(PORTSMOUTH), PARTIES))
                .expectNoEvents().expectException(violation("not-agreement-governor"));
    }

    @Test
    void anAgreementNeedsTwoDistinctRegisteredParties() {
        fixture.givenNoPriorActivity().when(draft(MERSEYSIDE_IG, List.of(SMB)))
                .expectNoEvents().expectException(violation("too-few-parties"));
        fixture.givenNoPriorActivity().when(draft(MERSEYSIDE_IG, List.of(SMB, KNOWSLEY, SMB)))
                .expectNoEvents().expectException(violation("duplicate-party"));
        fixture.givenNoPriorActivity()
                .when(draft(MERSEYSIDE_IG, List.of(SMB, new uk.mappa.ledger.core.body.BodyId("atlantis-lscb"))))
                .expectNoEvents().expectException(violation("unknown-body"));
    }

    @Test
    void theReviewDateFollowsTheEffectiveDate() {
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(MOU, AgreementKind.MOU, "MoU", PARTIES, List.of(Category.TRAINING),
                        List.of(LawfulBasis.CJA_2003_S325), MOU_EFFECTIVE, MOU_EFFECTIVE.minusDays(1), Period.ofYears(1),
                        MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("review-before-effective"));
    }

    @Test
    void theLastAcceptanceActivatesTheAgreementFromItsEffectiveDate() {
        fixture.given(MOU_DRAFTED,
                        new AgreementAccepted(MOU, SMB, "SMB Chair", MOU_EFFECTIVE, "manager.merseyside-smb"),
                        new AgreementAccepted(MOU, KNOWSLEY, "LSCB Chair", MOU_EFFECTIVE, "manager.knowsley-lscb"))
                .when(new AcceptAgreement(MOU, WIRRAL, "LSCB Chair", MOU_EFFECTIVE, TODAY, WIRRAL_MANAGER))
                .expectEvents(new AgreementAccepted(MOU, WIRRAL, "LSCB Chair", MOU_EFFECTIVE, "manager.wirral-lscb"),
                        new AgreementActivated(MOU, Instant.parse("2020-01-01T00:00:00Z"), PARTIES));
    }

    @Test
    void acceptanceRules() {
        fixture.given(MOU_DRAFTED)
                .when(new AcceptAgreement(MOU, KNOWSLEY, "LSCB Chair", TODAY, TODAY, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-party-business-manager"));
        fixture.given(MOU_DRAFTED)
                .when(new AcceptAgreement(MOU, PORTSMOUTH, "Chair", TODAY, TODAY, Fixtures.manager(PORTSMOUTH)))
                .expectNoEvents().expectException(violation("not-a-party"));
        fixture.given(MOU_DRAFTED, new AgreementAccepted(MOU, KNOWSLEY, "LSCB Chair", TODAY, "manager.knowsley-lscb"))
                .when(new AcceptAgreement(MOU, KNOWSLEY, "LSCB Chair", TODAY, TODAY, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("already-accepted"));
        fixture.given(MOU_DRAFTED)
                .when(new AcceptAgreement(MOU, KNOWSLEY, "LSCB Chair", TODAY.plusDays(1), TODAY, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("accepted-in-future"));
        fixture.given(MOU_DRAFTED)
                .when(new AcceptAgreement(MOU, KNOWSLEY, " ", TODAY, TODAY, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("missing-signatoryRole"));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new AcceptAgreement(MOU, KNOWSLEY, "LSCB Chair", TODAY, TODAY, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("agreement-active"));
    }

    @Test
    void aReviewSetsTheNextReviewDate() {
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new ReviewAgreement(MOU, TODAY, TODAY.plusYears(1), "Reviewed by both boards", MERSEYSIDE_IG))
                .expectEvents(new AgreementReviewed(MOU, TODAY, TODAY.plusYears(1), "Reviewed by both boards",
                        "ig.merseyside", PARTIES));
        fixture.given(MOU_DRAFTED)
                .when(new ReviewAgreement(MOU, TODAY, TODAY.plusYears(1), "too early", MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("agreement-not-reviewable"));
    }

    @Test
    void suspensionReinstatementAndTerminationEachNeedTheRightStatus() {
        AgreementSuspended suspended = new AgreementSuspended(MOU, NOW, "Breach under investigation", "ig.merseyside",
                PARTIES);
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new ChangeAgreementStatus(MOU, AgreementStatus.SUSPENDED, NOW, "Breach under investigation",
                        MERSEYSIDE_IG))
                .expectEvents(suspended);
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new ChangeAgreementStatus(MOU, AgreementStatus.ACTIVE, NOW, "resume", MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("agreement-active"));
        fixture.given(MOU_DRAFTED)
                .when(new ChangeAgreementStatus(MOU, AgreementStatus.TERMINATED, NOW, "Never agreed", SMB_MANAGER))
                .expectEvents(new AgreementTerminated(MOU, NOW, "Never agreed", "manager.merseyside-smb", PARTIES));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new ChangeAgreementStatus(MOU, AgreementStatus.TERMINATED, NOW, "Superseded",
                        Fixtures.manager(PORTSMOUTH)))
                .expectNoEvents().expectException(violation("not-agreement-governor"));
    }

    @Test
    void termsKnowWhenTheAgreementWasInForce() {
        AgreementTerms terms = null;
        for (AgreementEvent event : MOU_IN_FORCE) {
            terms = AgreementTerms.evolve(terms, event);
        }
        terms = AgreementTerms.evolve(terms, new AgreementSuspended(MOU, NOW, "x", "ig", PARTIES));
        terms = AgreementTerms.evolve(terms, new AgreementReinstated(MOU, NOW.plusSeconds(3600), "y", "ig", PARTIES));
        assertThat(terms.inForceAt(Instant.parse("2019-12-31T23:00:00Z"))).isFalse();
        assertThat(terms.inForceAt(Instant.parse("2020-01-01T00:00:00Z"))).isTrue();
        assertThat(terms.inForceAt(NOW.plusSeconds(60))).isFalse();
        assertThat(terms.inForceAt(NOW.plusSeconds(7200))).isTrue();
        assertThat(terms.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(terms.retainUntil(Instant.parse("2026-01-10T12:00:00Z")))
                .isEqualTo(Instant.parse("2029-01-10T12:00:00Z"));
    }

    @Test
    void anAgreementNamesCategoriesLawfulBasesAndAPositiveRetention() {
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(MOU, AgreementKind.MOU, "MoU", PARTIES, List.of(), List.of(LawfulBasis.CJA_2003_S325),
                        MOU_EFFECTIVE, null, Period.ofYears(1), MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("no-categories"));
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(MOU, AgreementKind.MOU, "MoU", PARTIES, List.of(Category.TRAINING), List.of(),
                        MOU_EFFECTIVE, null, Period.ofYears(1), MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("no-lawful-basis"));
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(MOU, AgreementKind.MOU, "MoU", PARTIES, List.of(Category.TRAINING),
                        List.of(LawfulBasis.CJA_2003_S325), MOU_EFFECTIVE, null, Period.ZERO, MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("invalid-retention"));
    }

    @Test
    void aSuspendedAgreementIsReinstatedAndATerminatedOneStaysTerminated() {
        AgreementSuspended suspended = new AgreementSuspended(MOU, NOW, "review", "ig.merseyside", PARTIES);
        fixture.given(append(MOU_IN_FORCE, suspended))
                .when(new ChangeAgreementStatus(MOU, AgreementStatus.ACTIVE, NOW.plusSeconds(60), "Resolved", MERSEYSIDE_IG))
                .expectEvents(new AgreementReinstated(MOU, NOW.plusSeconds(60), "Resolved", "ig.merseyside", PARTIES));
        fixture.given(append(MOU_IN_FORCE, new AgreementTerminated(MOU, NOW, "Superseded", "ig.merseyside", PARTIES)))
                .when(new ChangeAgreementStatus(MOU, AgreementStatus.TERMINATED, NOW, "again", MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("agreement-terminated"));
    }

    private static Object[] append(List<AgreementEvent> events, AgreementEvent more) {
        List<Object> all = new java.util.ArrayList<>(events);
        all.add(more);
        return all.toArray();
    }
}
