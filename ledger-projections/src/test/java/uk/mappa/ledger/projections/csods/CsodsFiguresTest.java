package uk.mappa.ledger.projections.csods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsCaseClosed;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsDisclosureDecided;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.projections.history.TestHistory;

/** Anonymised figures per quarter of application: what the SMB shares with its LSCBs. */
class CsodsFiguresTest {

    static final BodyId POLICE = new BodyId("merseyside-police");
    static final BodyId OTHER_FORCE = new BodyId("west-yorkshire-police");
    static final Instant Q1 = Instant.parse("2026-02-10T09:00:00Z");
    static final Instant Q2 = Instant.parse("2026-05-10T09:00:00Z");

    static CsodsApplicationReceived received(CaseId id, BodyId force, Instant at) {
        SealedPerson someone = new SealedPerson(new SubjectId(UUID.randomUUID()), null, null, null);
        return new CsodsApplicationReceived(id, force, someone, someone, List.of(someone), null, at, Map.of(), "jo");
    }

    @Test
    void casesAreCountedInTheQuarterTheyWereReceivedWithTheirOutcomeAndTimeliness() {
        CaseId quick = new CaseId(UUID.randomUUID());
        CaseId slow = new CaseId(UUID.randomUUID());
        CaseId declined = new CaseId(UUID.randomUUID());
        CaseId elsewhere = new CaseId(UUID.randomUUID());
        SealedPerson recipient = new SealedPerson(new SubjectId(UUID.randomUUID()), null, null, null);
        TestHistory events = new TestHistory()
                .at(Q1, received(quick, POLICE, Q1))
                .at(Q1, received(slow, POLICE, Q1.plusSeconds(60)))
                .at(Q2, received(declined, POLICE, Q2))
                .at(Q1, received(elsewhere, OTHER_FORCE, Q1))
                .at(Q1, new CsodsDisclosureDecided(quick, POLICE, Q1, true, null, List.of("DI"), List.of(), "jo"))
                .at(Q1, new CsodsDisclosureMade(quick, POLICE, Q1, recipient, false, true, "jo"))
                .at(Q1, new CsodsCaseClosed(quick, POLICE, Q1.plus(Duration.ofDays(45)), true, "jo"))
                .at(Q1, new CsodsDisclosureDecided(slow, POLICE, Q1, true, null, List.of("DI"), List.of(), "jo"))
                .at(Q1, new CsodsDeadlineMissed(slow, POLICE, CsodsDeadline.WHOLE_CASE, Q1.plus(Duration.ofDays(45))))
                .at(Q1, new CsodsCaseClosed(slow, POLICE, Q1.plus(Duration.ofDays(46)), true, "jo"))
                .at(Q2, new CsodsDisclosureDecided(declined, POLICE, Q2, false, null, List.of("DI"), List.of(), "jo"))
                .at(Q2, new CsodsCaseClosed(declined, POLICE, Q2.plus(Duration.ofDays(3)), false, "jo"))
                .at(Q2, new CsodsCaseClosed(new CaseId(UUID.randomUUID()), POLICE, Q2, false, "jo"))
                .at(Q2, "not a CSODS event");

        List<CsodsQuarter> figures = new CsodsFigures(events.history()).handle(new CsodsQueries.FindCsodsFigures(POLICE));

        assertThat(figures).containsExactly(
                new CsodsQuarter("2026-Q1", 2, 2, 0, 1, 2, 1, 1),
                new CsodsQuarter("2026-Q2", 1, 0, 1, 0, 1, 1, 0));
    }

    @Test
    void quartersRunJanuaryToMarchAndSoOn() {
        assertThat(CsodsFigures.quarterOf(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-Q1");
        assertThat(CsodsFigures.quarterOf(Instant.parse("2026-03-31T23:59:59Z"))).isEqualTo("2026-Q1");
        assertThat(CsodsFigures.quarterOf(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo("2026-Q2");
        assertThat(CsodsFigures.quarterOf(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("2026-Q4");
    }
}
