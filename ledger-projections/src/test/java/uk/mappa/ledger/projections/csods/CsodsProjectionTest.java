package uk.mappa.ledger.projections.csods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsDisclosureDecided;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectErased;
import uk.mappa.ledger.core.personal.SubjectId;

@DataJpaTest
class CsodsProjectionTest {

    static final BodyId POLICE = new BodyId("merseyside-police");
    static final BodyId OTHER_FORCE = new BodyId("west-yorkshire-police");
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    @Autowired
    CsodsCaseRepository cases;
    @Autowired
    MissedDeadlineRepository missed;
    CsodsProjection projection;

    final SubjectId applicant = new SubjectId(UUID.randomUUID());
    final SubjectId recipient = new SubjectId(UUID.randomUUID());

    @BeforeEach
    void setUp() {
        projection = new CsodsProjection(cases, missed);
    }

    static SealedPerson person(SubjectId id) {
        return new SealedPerson(id, new Sealed(id, "sealed-name"), null, null);
    }

    CaseId received(BodyId force) {
        return received(force, AT);
    }

    CaseId received(BodyId force, Instant at) {
        CaseId id = new CaseId(UUID.randomUUID());
        projection.on(new CsodsApplicationReceived(id, force, person(applicant), person(new SubjectId(UUID.randomUUID())),
                List.of(person(new SubjectId(UUID.randomUUID()))), new Sealed(applicant, "relationship"), at,
                Map.of(CsodsDeadline.INITIAL_CHECKS, at.plus(Duration.ofDays(10)),
                        CsodsDeadline.WHOLE_CASE, at.plus(Duration.ofDays(45))), "jo"));
        return id;
    }

    @Test
    void aForcesCasesArePagedNewestFirstWithTheirNextTimeLimitAndNoPersonalData() {
        CaseId older = received(POLICE, AT);
        CaseId newer = received(POLICE, AT.plusSeconds(3600));
        CaseId theirs = received(OTHER_FORCE, AT.plusSeconds(7200));
        Instant later = AT.plus(Duration.ofDays(11));

        CsodsCasePage first = projection.handle(new CsodsQueries.FindCsodsCases(Set.of(POLICE), later, 1, null));
        assertThat(first.items()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(newer.toString());
            assertThat(summary.stage()).isEqualTo("APPLICATION_RECEIVED");
            assertThat(summary.nextDeadline()).isEqualTo("INITIAL_CHECKS");
            assertThat(summary.nextDueAt()).isEqualTo(AT.plusSeconds(3600).plus(Duration.ofDays(10)));
            assertThat(summary.overdue()).isTrue();
        });
        CsodsCasePage second = projection.handle(new CsodsQueries.FindCsodsCases(Set.of(POLICE), later, 1,
                CsodsCasePage.after(first.next()).orElseThrow()));
        assertThat(second.items()).extracting(CsodsCaseSummary::id).containsExactly(older.toString());
        assertThat(second.next()).isNull();
        assertThat(projection.handle(new CsodsQueries.FindCsodsCases(null, AT, 10, null)).items())
                .extracting(CsodsCaseSummary::id).startsWith(theirs.toString(), newer.toString(), older.toString());

        // Once the checks are done, the next limit is the whole case's.
        projection.on(new uk.mappa.ledger.core.csods.CsodsInitialChecksCompleted(older, POLICE, AT.plusSeconds(60),
                "jo"));
        assertThat(projection.handle(new CsodsQueries.FindCsodsCases(Set.of(POLICE), AT, 10, null)).items())
                .filteredOn(summary -> summary.id().equals(older.toString())).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.nextDeadline()).isEqualTo("WHOLE_CASE");
                    assertThat(summary.overdue()).isFalse();
                });
    }

    @Test
    void aCaseIsKeptAsItsViewAndFoundByItsId() {
        CaseId id = received(POLICE);
        projection.on(new CsodsDisclosureDecided(id, POLICE, AT.plusSeconds(60), true, new Sealed(applicant, "why"),
                List.of("DI"), List.of(), "jo"));
        CsodsCaseView view = projection.handle(new CsodsQueries.FindCsodsCase(id)).orElseThrow();
        assertThat(view.stage()).isEqualTo("DECISION_MADE");
        assertThat(view.applicant()).isEqualTo(person(applicant));
        assertThat(projection.handle(new CsodsQueries.FindCsodsCase(new CaseId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void missedTimeLimitsAreListedForTheForcesAsked() {
        CaseId ours = received(POLICE);
        CaseId theirs = received(OTHER_FORCE);
        projection.on(new CsodsDeadlineMissed(ours, POLICE, CsodsDeadline.INITIAL_CHECKS, AT.plusSeconds(10)));
        projection.on(new CsodsDeadlineMissed(theirs, OTHER_FORCE, CsodsDeadline.INITIAL_CHECKS, AT.plusSeconds(20)));
        assertThat(projection.handle(new CsodsQueries.FindMissedCsodsDeadlines(Set.of(POLICE))))
                .extracting(MissedCsodsDeadline::caseId).containsExactly(ours.toString());
        assertThat(projection.handle(new CsodsQueries.FindMissedCsodsDeadlines(null)))
                .extracting(MissedCsodsDeadline::caseId).containsExactly(theirs.toString(), ours.toString());
        assertThat(projection.handle(new CsodsQueries.FindCsodsCase(ours)).orElseThrow().missedDeadlines()).hasSize(1);
    }

    @Test
    void whatAPersonReceivedIsFoundByTheirSubjectIdAndErasureRemovesTheirData() {
        CaseId id = received(POLICE);
        projection.on(new CsodsDisclosureDecided(id, POLICE, AT, true, null, List.of("DI"), List.of(), "jo"));
        projection.on(new CsodsDisclosureMade(id, POLICE, AT.plusSeconds(60), person(recipient), false, true, "jo"));
        assertThat(projection.handle(new CsodsQueries.FindDisclosuresTo(recipient)))
                .extracting(CsodsCaseView::id).containsExactly(id.toString());
        assertThat(projection.handle(new CsodsQueries.FindDisclosuresTo(applicant))).isEmpty();

        projection.on(new SubjectErased(applicant, POLICE, "Retention over", "ig"));
        CsodsCaseView erased = projection.handle(new CsodsQueries.FindCsodsCase(id)).orElseThrow();
        assertThat(erased.applicant().name()).isNull();
        assertThat(erased.relationship()).isNull();
        assertThat(erased.disclosure().recipient().name()).isNotNull();
    }

    @Test
    void aResetEmptiesTheView() {
        CaseId id = received(POLICE);
        projection.on(new CsodsDeadlineMissed(id, POLICE, CsodsDeadline.INITIAL_CHECKS, AT));
        projection.reset();
        assertThat(projection.handle(new CsodsQueries.FindCsodsCase(id))).isEmpty();
        assertThat(projection.handle(new CsodsQueries.FindMissedCsodsDeadlines(null))).isEmpty();
    }
}
