package uk.mappa.ledger.core.sfo;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CoreMatchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.personal.InMemoryVault;
import uk.mappa.ledger.core.sfo.SfoCommands.AcknowledgeSfo;
import uk.mappa.ledger.core.sfo.SfoCommands.NotifySfo;

class SfoNotificationTest {

    static final Duration DAY = Duration.ofHours(24);
    AggregateTestFixture<SfoNotification> fixture;
    Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SfoNotification.class);
        now = fixture.currentTime();
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(new InMemoryVault());
    }

    NotifySfo notify(boolean childInvolved, boolean riskToChildren) {
        return new NotifySfo("sfo-1", SMB, KNOWSLEY, "BUSINESS_MANAGER", childInvolved, riskToChildren,
                "Offender under level 2 management charged with an offence against a child", now, DAY, DAY, SMB_MANAGER);
    }

    @Test
    void anSfoInvolvingAChildIsNotifiedWithItsDetailsSealedAndEscalationsScheduled() {
        fixture.givenNoPriorActivity()
                .when(notify(true, false))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(CoreMatchers.allOf(
                        CoreMatchers.instanceOf(SfoNotified.class),
                        CoreMatchers.not(org.hamcrest.Matchers.hasToString(CoreMatchers.containsString("charged")))),
                        Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(now.plus(DAY), SfoNotification.ESCALATION)
                .expectScheduledDeadlineWithName(now.plus(DAY).plus(DAY), SfoNotification.ESCALATION);
    }

    @Test
    void onlyChildSafeguardingSfosGoToTheLscb() {
        fixture.givenNoPriorActivity().when(notify(false, false))
                .expectNoEvents().expectException(violation("not-a-child-safeguarding-sfo"));
        fixture.givenNoPriorActivity()
                .when(new NotifySfo("sfo-1", SMB, KNOWSLEY, "BUSINESS_MANAGER", true, false, "x", now, DAY, DAY,
                        KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-smb-coordinator"));
        fixture.givenNoPriorActivity()
                .when(new NotifySfo("sfo-1", SMB, Fixtures.POLICE, "CHAIR", true, false, "x", now, DAY, DAY, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-an-lscb"));
    }

    @Test
    void anUnacknowledgedNotificationEscalatesToTheCoordinatorThenTheChair() {
        fixture.givenCommands(notify(true, true))
                .whenTimeElapses(Duration.ofHours(25))
                .expectEvents(new SfoEscalated("sfo-1", SMB, KNOWSLEY, SfoEscalated.TO_COORDINATOR, now.plus(DAY)));
        setUp();
        fixture.givenCommands(notify(true, true))
                .whenTimeElapses(Duration.ofHours(49))
                .expectEvents(new SfoEscalated("sfo-1", SMB, KNOWSLEY, SfoEscalated.TO_COORDINATOR, now.plus(DAY)),
                        new SfoEscalated("sfo-1", SMB, KNOWSLEY, SfoEscalated.TO_SMB_CHAIR, now.plus(DAY).plus(DAY)));
    }

    @Test
    void anAcknowledgementByTheLscbStopsTheEscalation() {
        fixture.givenCommands(notify(true, false), new AcknowledgeSfo("sfo-1", now.plusSeconds(600), KNOWSLEY_MANAGER))
                .whenTimeElapses(Duration.ofHours(49))
                .expectNoEvents();
        setUp();
        fixture.givenCommands(notify(true, false))
                .when(new AcknowledgeSfo("sfo-1", now, WIRRAL_MANAGER))
                .expectNoEvents().expectException(violation("not-lscb-recipient"));
    }

    @Test
    void aNotificationGoesToTheChairOrBusinessManagerWithASummaryAndIsAcknowledgedOnce() {
        fixture.givenNoPriorActivity()
                .when(new NotifySfo("sfo-1", SMB, KNOWSLEY, "CLERK", true, false, "x", now, DAY, DAY, SMB_MANAGER))
                .expectNoEvents().expectException(violation("invalid-recipient-role"));
        fixture.givenNoPriorActivity()
                .when(new NotifySfo("sfo-1", SMB, KNOWSLEY, "CHAIR", true, false, " ", now, DAY, DAY, SMB_MANAGER))
                .expectNoEvents().expectException(violation("missing-summary"));
        setUp();
        fixture.givenCommands(notify(true, false), new AcknowledgeSfo("sfo-1", now, KNOWSLEY_MANAGER))
                .when(new AcknowledgeSfo("sfo-1", now, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("already-acknowledged"));
    }
}
