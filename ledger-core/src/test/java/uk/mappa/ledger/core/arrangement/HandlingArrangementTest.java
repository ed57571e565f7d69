package uk.mappa.ledger.core.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.MOU_IN_FORCE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
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
import uk.mappa.ledger.core.arrangement.HandlingArrangementCommands.AgreeHandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangementCommands.EndHandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangementEvent.HandlingArrangementAgreed;
import uk.mappa.ledger.core.arrangement.HandlingArrangementEvent.HandlingArrangementEnded;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;

/** Case information needs agreement in advance on how it will be managed (HIPS protocol 6.2). */
class HandlingArrangementTest {

    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final LocalDate EXPIRES = LocalDate.parse("2026-12-31");

    FixtureConfiguration<HandlingArrangement> fixture;
    HandlingArrangementId id = HandlingArrangementId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HandlingArrangement.class);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_REQUIRING_ARRANGEMENTS));
    }

    AgreeHandlingArrangement agree(List<BodyId> parties, LocalDate expiresOn, uk.mappa.ledger.core.actor.Actor actor) {
        return new AgreeHandlingArrangement(id, MOU, parties, "Joint case review", "Secure case management system",
                "Review panel members", Period.ofMonths(6), expiresOn, NOW, actor);
    }

    HandlingArrangementAgreed agreed() {
        return new HandlingArrangementAgreed(id, MOU, List.of(SMB, KNOWSLEY), "Joint case review",
                "Secure case management system", "Review panel members", Period.ofMonths(6), EXPIRES,
                "manager.merseyside-smb");
    }

    @Test
    void aPartysBusinessManagerRecordsHowCaseInformationWillBeManaged() {
        fixture.givenNoPriorActivity().when(agree(List.of(SMB, KNOWSLEY), EXPIRES, SMB_MANAGER)).expectEvents(agreed());
    }

    @Test
    void refusesAnArrangementOutsideTheAgreementOrByAnOutsider() {
        fixture.givenNoPriorActivity().when(agree(List.of(SMB, PORTSMOUTH), EXPIRES, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-a-party"));
        fixture.givenNoPriorActivity().when(agree(List.of(SMB), EXPIRES, SMB_MANAGER))
                .expectException(violation("too-few-parties"));
        fixture.givenNoPriorActivity().when(agree(List.of(SMB, KNOWSLEY), EXPIRES, WIRRAL_MANAGER))
                .expectException(violation("not-party-business-manager"));
        fixture.givenNoPriorActivity().when(agree(List.of(SMB, KNOWSLEY), LocalDate.parse("2026-03-01"), SMB_MANAGER))
                .expectException(violation("arrangement-expired"));
    }

    @Test
    void refusesAnArrangementUnderAnAgreementThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new AgreeHandlingArrangement(id, uk.mappa.ledger.core.agreement.AgreementId.random(),
                        List.of(SMB, KNOWSLEY), "Review", "Secure", "Panel", Period.ofMonths(6), EXPIRES, NOW, SMB_MANAGER))
                .expectException(violation("agreement-not-found"));
    }

    @Test
    void refusesAnArrangementUnderAnAgreementThatDoesNotCoverCaseInformation() {
        fixture = new AggregateTestFixture<>(HandlingArrangement.class);
        fixture.registerInjectableResource(Fixtures.agreements(MOU_IN_FORCE));
        fixture.givenNoPriorActivity().when(agree(List.of(SMB, KNOWSLEY), EXPIRES, SMB_MANAGER))
                .expectException(violation("category-not-covered"));
    }

    @Test
    void aPartyEndsItOnceAndItIsNoLongerInForce() {
        HandlingArrangementEnded ended = new HandlingArrangementEnded(id, List.of(SMB, KNOWSLEY), NOW, "Review closed",
                "manager.knowsley-lscb");
        fixture.given(agreed()).when(new EndHandlingArrangement(id, "Review closed", NOW, KNOWSLEY_MANAGER))
                .expectEvents(ended);
        fixture.given(agreed(), ended).when(new EndHandlingArrangement(id, "Again", NOW, KNOWSLEY_MANAGER))
                .expectException(violation("arrangement-ended"));
        fixture.given(agreed()).when(new EndHandlingArrangement(id, "Not mine", NOW, WIRRAL_MANAGER))
                .expectException(violation("not-party-business-manager"));
        ArrangementTerms terms = ArrangementTerms.evolve(ArrangementTerms.evolve(null, agreed()), ended);
        assertThat(terms.inForceAt(NOW.minusSeconds(1))).isTrue();
        assertThat(terms.inForceAt(NOW)).isFalse();
        assertThat(ArrangementTerms.evolve(null, agreed()).inForceAt(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
        assertThat(ArrangementTerms.evolve(null, agreed()).inForceAt(Instant.parse("2026-12-31T23:00:00Z"))).isTrue();
    }

}
