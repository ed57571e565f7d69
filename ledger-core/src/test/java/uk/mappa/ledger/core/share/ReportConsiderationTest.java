package uk.mappa.ledger.core.share;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.Fixtures.WIRRAL_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;

/** A receiving board records that it considered an annual report when planning its own work (MoU 2-3). */
class ReportConsiderationTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final Instant SHARED = Instant.parse("2026-05-01T09:00:00Z");
    static final LocalDate MEETING = LocalDate.parse("2026-06-10");
    static final ContentDigest DIGEST = new ContentDigest("b".repeat(64));
    static final Actor KNOWSLEY_CHAIR = new Actor("chair.knowsley-lscb", KNOWSLEY, Set.of(Role.CHAIR), MERSEYSIDE);

    FixtureConfiguration<Share> fixture;
    ShareId shareId = ShareId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Share.class);
        fixture.registerInjectableResource(Fixtures.NO_ARRANGEMENTS);
        fixture.registerInjectableResource(uk.mappa.ledger.core.Fixtures.NO_LINKS);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.registerInjectableResource(Fixtures.agreements(Fixtures.MOU_IN_FORCE));
    }

    ShareRecorded shared(Category category) {
        return new ShareRecorded(shareId, MOU, category, "SMB annual report 2025/26", SMB, List.of(KNOWSLEY, WIRRAL),
                LawfulBasis.CJA_2003_S325, "Planning of LSCB business priorities", ProtectiveMarking.official(), null,
                DIGEST, SHARED, SHARED.plusSeconds(86_400 * 1000L), "manager.merseyside-smb");
    }

    ConsiderReport consider(Actor actor, LocalDate meetingOn, List<String> priorities) {
        return new ConsiderReport(shareId, KNOWSLEY, meetingOn, priorities, NOW, actor);
    }

    @Test
    void theBusinessManagerOrChairOfAReceivingBoardRecordsTheMeetingAndThePrioritiesTaken() {
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, MEETING, List.of(" Children missing from home ", "Exploitation")))
                .expectEvents(new ReportConsidered(shareId, SMB, KNOWSLEY, MEETING,
                        List.of("Children missing from home", "Exploitation"), "manager.knowsley-lscb"));
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_CHAIR, MEETING, List.of()))
                .expectEvents(new ReportConsidered(shareId, SMB, KNOWSLEY, MEETING, List.of(), "chair.knowsley-lscb"));
    }

    @Test
    void eachBoardConsidersAReportOnce() {
        ReportConsidered considered = new ReportConsidered(shareId, SMB, KNOWSLEY, MEETING, List.of(),
                "manager.knowsley-lscb");
        fixture.given(shared(Category.ANNUAL_REPORT), considered)
                .when(consider(KNOWSLEY_MANAGER, MEETING, List.of()))
                .expectNoEvents().expectException(violation("already-considered"));
        fixture.given(shared(Category.ANNUAL_REPORT), considered)
                .when(new ConsiderReport(shareId, WIRRAL, MEETING, List.of(), NOW, WIRRAL_MANAGER))
                .expectEvents(new ReportConsidered(shareId, SMB, WIRRAL, MEETING, List.of(), "manager.wirral-lscb"));
    }

    @Test
    void onlyAReceivingBoardsOwnOfficersRecordIt() {
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(WIRRAL_MANAGER, MEETING, List.of()))
                .expectNoEvents().expectException(violation("not-board-officer"));
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(new Actor("spoc.knowsley", KNOWSLEY, Set.of(Role.SPOC), MERSEYSIDE), MEETING, List.of()))
                .expectNoEvents().expectException(violation("not-board-officer"));
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(new ConsiderReport(shareId, SMB, MEETING, List.of(), NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("not-a-recipient"));
    }

    @Test
    void onlyAnAnnualReportStillSharedIsConsidered() {
        fixture.given(shared(Category.TRAINING))
                .when(consider(KNOWSLEY_MANAGER, MEETING, List.of()))
                .expectNoEvents().expectException(violation("not-an-annual-report"));
        fixture.given(shared(Category.ANNUAL_REPORT), new ShareWithdrawn(shareId, SMB, List.of(KNOWSLEY, WIRRAL),
                        List.of(), "Sent in error", NOW, "manager.merseyside-smb"))
                .when(consider(KNOWSLEY_MANAGER, MEETING, List.of()))
                .expectNoEvents().expectException(violation("share-withdrawn"));
    }

    @Test
    void theMeetingFallsBetweenTheShareAndNow() {
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, LocalDate.parse("2026-04-30"), List.of()))
                .expectNoEvents().expectException(violation("considered-before-shared"));
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, LocalDate.parse("2026-05-01"), List.of()))
                .expectSuccessfulHandlerExecution();
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, LocalDate.parse("2026-06-15"), List.of()))
                .expectSuccessfulHandlerExecution();
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, LocalDate.parse("2026-06-16"), List.of()))
                .expectNoEvents().expectException(violation("meeting-in-future"));
    }

    @Test
    void prioritiesAreShortTextAndNotTooMany() {
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, MEETING, List.of(" ")))
                .expectNoEvents().expectException(violation("missing-priority"));
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, MEETING, Collections.nCopies(ReportConsiderations.MAX_PRIORITIES + 1, "p")))
                .expectNoEvents().expectException(violation("too-many-priorities"));
        fixture.given(shared(Category.ANNUAL_REPORT))
                .when(consider(KNOWSLEY_MANAGER, MEETING, Collections.nCopies(ReportConsiderations.MAX_PRIORITIES, "p")))
                .expectSuccessfulHandlerExecution();
    }
}
