package uk.mappa.ledger.projections.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ReportConsidered;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareWithdrawn;
import uk.mappa.ledger.projections.BoardsProcesses;

/**
 * Annual reports and whether each receiving board considered them (MoU 2-3). Every report is kept per
 * receiving board; which is the latest for a pair of boards is decided when read, so the order in which
 * segments handle different shares does not matter.
 */
@Component
@ProcessingGroup(BoardsProcesses.GROUP)
class AnnualReportProjection {

    private final AnnualReportRepository reports;

    AnnualReportProjection(AnnualReportRepository reports) {
        this.reports = reports;
    }

    @EventHandler
    void on(ShareRecorded event) {
        if (event.category() == Category.ANNUAL_REPORT) {
            reports.saveAll(event.recipients().stream().map(board -> new AnnualReportEntity(event.shareId().toString(),
                    board.value(), event.provider().value(), event.sharedAt())).toList());
        }
    }

    @EventHandler
    void on(ReportConsidered event) {
        reports.findById(new AnnualReportEntity.Key(event.shareId().toString(), event.board().value()))
                .ifPresent(report -> report.considered(event.meetingOn(), event.priorities()));
    }

    @EventHandler
    void on(ShareCorrected event) {
        if (event.sharedAt() != null) {
            reports.findByShareId(event.shareId().toString()).forEach(report -> report.redate(event.sharedAt()));
        }
    }

    @EventHandler
    void on(ShareWithdrawn event) {
        reports.findByShareId(event.shareId().toString()).forEach(AnnualReportEntity::withdraw);
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
