package uk.mappa.ledger.projections.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ReportConsidered;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareWithdrawn;

/** Which boards have not yet considered the other's latest annual report. */
@DataJpaTest
class AnnualReportProjectionTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final Instant MAY_2025 = Instant.parse("2025-05-01T09:00:00Z");
    static final Instant MAY_2026 = Instant.parse("2026-05-01T09:00:00Z");

    @Autowired
    AnnualReportRepository repository;
    @Autowired
    javax.sql.DataSource database;
    @Autowired
    jakarta.persistence.EntityManager session;
    AnnualReportProjection reports;

    @BeforeEach
    void setUp() {
        reports = new AnnualReportProjection(repository, database);
    }

    /** Answered as a query is, once the events' transaction has written its rows. */
    List<AnnualReportView> handle(FindAnnualReports query) {
        org.springframework.transaction.support.TransactionSynchronizationUtils.triggerBeforeCommit(false);
        session.flush();
        session.clear();
        return reports.handle(query);
    }

    static ShareRecorded shared(ShareId id, Category category, BodyId provider, List<BodyId> boards, Instant at) {
        return new ShareRecorded(id, AgreementId.named("mou"), category, "Annual report", provider, boards,
                LawfulBasis.CJA_2003_S325, "Planning", ProtectiveMarking.official(), null,
                new ContentDigest("c".repeat(64)), at, at.plusSeconds(86_400 * 1000L), "manager");
    }

    @Test
    void eachPairOfBoardsShowsItsLatestReportAndWhetherItWasConsidered() {
        ShareId last = ShareId.random();
        ShareId current = ShareId.random();
        ShareId lscbReport = ShareId.random();
        reports.on(shared(current, Category.ANNUAL_REPORT, SMB, List.of(KNOWSLEY, WIRRAL), MAY_2026));
        reports.on(shared(last, Category.ANNUAL_REPORT, SMB, List.of(KNOWSLEY, WIRRAL), MAY_2025));
        reports.on(shared(lscbReport, Category.ANNUAL_REPORT, KNOWSLEY, List.of(SMB), MAY_2025));
        reports.on(shared(ShareId.random(), Category.TRAINING, SMB, List.of(KNOWSLEY), MAY_2026));
        reports.on(new ReportConsidered(current, SMB, KNOWSLEY, LocalDate.parse("2026-06-10"),
                List.of("Exploitation"), "manager"));
        reports.on(new ReportConsidered(last, SMB, WIRRAL, LocalDate.parse("2025-06-10"), List.of(), "manager"));

        assertThat(handle(new FindAnnualReports(null, false)))
                .extracting(AnnualReportView::shareId, AnnualReportView::boardBodyId, AnnualReportView::consideredOn,
                        AnnualReportView::priorities)
                .containsExactlyInAnyOrder(
                        tuple(current.toString(), "knowsley-lscb", LocalDate.parse("2026-06-10"), List.of("Exploitation")),
                        tuple(current.toString(), "wirral-lscb", null, null),
                        tuple(lscbReport.toString(), "merseyside-smb", null, null));
        assertThat(handle(new FindAnnualReports(null, true)))
                .extracting(AnnualReportView::shareId, AnnualReportView::boardBodyId)
                .containsExactly(tuple(current.toString(), "wirral-lscb"), tuple(lscbReport.toString(), "merseyside-smb"));
        assertThat(handle(new FindAnnualReports(Set.of(WIRRAL), false)))
                .extracting(AnnualReportView::boardBodyId).containsExactly("wirral-lscb");
        assertThat(handle(new FindAnnualReports(Set.of(new BodyId("sefton-lscb")), false))).isEmpty();

        reports.reset();
        assertThat(handle(new FindAnnualReports(null, false))).isEmpty();
    }

    @Test
    void aWithdrawnReportLeavesTheOneBeforeItAsTheLatestAndARedatedReportMoves() {
        ShareId last = ShareId.random();
        ShareId current = ShareId.random();
        reports.on(shared(last, Category.ANNUAL_REPORT, SMB, List.of(KNOWSLEY), MAY_2025));
        reports.on(shared(current, Category.ANNUAL_REPORT, SMB, List.of(KNOWSLEY), MAY_2026));
        reports.on(new ShareWithdrawn(current, SMB, List.of(KNOWSLEY), List.of(), "Sent in error", MAY_2026, "manager"));
        assertThat(handle(new FindAnnualReports(null, false)))
                .extracting(AnnualReportView::shareId).containsExactly(last.toString());

        ShareId next = ShareId.random();
        reports.on(shared(next, Category.ANNUAL_REPORT, SMB, List.of(KNOWSLEY), MAY_2026));
        reports.on(new ShareCorrected(last, SMB, List.of(KNOWSLEY), List.of(), null, null, null, null,
                MAY_2026.plusSeconds(60), null, "Wrong date", "manager"));
        reports.on(new ShareCorrected(next, SMB, List.of(KNOWSLEY), List.of(), "Title", null, null, null, null, null,
                "Typo", "manager"));
        assertThat(handle(new FindAnnualReports(null, false)))
                .extracting(AnnualReportView::shareId, AnnualReportView::sharedAt)
                .containsExactly(tuple(last.toString(), MAY_2026.plusSeconds(60)));
    }
}
