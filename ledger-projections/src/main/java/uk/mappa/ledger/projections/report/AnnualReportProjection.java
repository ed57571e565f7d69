package uk.mappa.ledger.projections.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ReportConsidered;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareWithdrawn;
import uk.mappa.ledger.projections.BoardsProcesses;
import uk.mappa.ledger.projections.NewRows;

/**
 * Annual reports and whether each receiving board considered them (MoU 2-3). Every report is kept per
 * receiving board; which is the latest for a pair of boards is decided when read, so the order in which
 * segments handle different shares does not matter.
 */
@Component
@ProcessingGroup(BoardsProcesses.GROUP)
class AnnualReportProjection {

    private final AnnualReportRepository reports;
    /** The batch's newly shared reports, written with JDBC before it commits. */
    private final NewRows<AnnualReportEntity.Key, AnnualReportEntity> shared;

    AnnualReportProjection(AnnualReportRepository reports, DataSource database) {
        this.reports = reports;
        this.shared = new NewRows<>("annual_report", AnnualReportEntity::key,
                NewRows.insert(new JdbcTemplate(database), AnnualReportEntity.INSERT, AnnualReportEntity::columns));
    }

    @EventHandler
    void on(ShareRecorded event) {
        if (event.category() == Category.ANNUAL_REPORT) {
            event.recipients().forEach(board -> shared.add(new AnnualReportEntity(event.shareId().toString(),
                    board.value(), event.provider().value(), event.sharedAt())));
        }
    }

    @EventHandler
    void on(ReportConsidered event) {
        AnnualReportEntity.Key key = new AnnualReportEntity.Key(event.shareId().toString(), event.board().value());
        AnnualReportEntity fresh = shared.find(key);
        (fresh != null ? java.util.Optional.of(fresh) : reports.findById(key))
                .ifPresent(report -> report.considered(event.meetingOn(), event.priorities()));
    }

    @EventHandler
    void on(ShareCorrected event) {
        if (event.sharedAt() != null) {
            reportsOf(event.shareId().toString()).forEach(report -> report.redate(event.sharedAt()));
        }
    }

    @EventHandler
    void on(ShareWithdrawn event) {
        reportsOf(event.shareId().toString()).forEach(AnnualReportEntity::withdraw);
    }

    /** A share's reports, each board's: shared in this batch, or stored. */
    private List<AnnualReportEntity> reportsOf(String shareId) {
        List<AnnualReportEntity> fresh = shared.matching(report -> report.shareId().equals(shareId));
        return fresh.isEmpty() ? reports.findByShareId(shareId) : fresh;
    }

    @ResetHandler
    void reset() {
        reports.deleteAllInBatch();
    }

    @QueryHandler
    List<AnnualReportView> handle(FindAnnualReports query) {
        List<AnnualReportEntity> current = query.bodies() == null ? reports.findCurrent()
                : reports.findCurrentConcerning(query.bodies().stream().map(BodyId::value).toList());
        Set<String> pairsSeen = new HashSet<>();
        return current.stream()
                .filter(report -> pairsSeen.add(report.provider() + " " + report.board()))
                .map(AnnualReportEntity::toView)
                .filter(report -> !query.notConsideredOnly() || !report.considered())
                .toList();
    }
}
