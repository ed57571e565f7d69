package uk.mappa.ledger.projections.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnualReportRepository extends JpaRepository<AnnualReportEntity, AnnualReportEntity.Key> {

    List<AnnualReportEntity> findByShareId(String shareId);

    @Query("select r from AnnualReportEntity r where r.withdrawn = false order by r.sharedAt desc, r.shareId")
    List<AnnualReportEntity> findCurrent();

    @Query("select r from AnnualReportEntity r where r.withdrawn = false and (r.provider in :bodies or r.board in :bodies)"
            + " order by r.sharedAt desc, r.shareId")
    List<AnnualReportEntity> findCurrentConcerning(Collection<String> bodies);
}
