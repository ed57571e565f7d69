package uk.mappa.ledger.projections.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<AgreementEntity, UUID> {

    @Query("select a from AgreementEntity a where :party member of a.parties")
    List<AgreementEntity> findNaming(String party);

    @Query("""
            select a from AgreementEntity a
            where a.status in ('ACTIVE', 'SUSPENDED')
              and ((a.reviewDue is not null and a.reviewDue <= :date)
                or (a.reviewDue is null and exists (
                    select c from LegislativeChangeEntity c where a.reviewedAt is null or c.recordedAt > a.reviewedAt)))""")
    List<AgreementEntity> findReviewDueBy(LocalDate date);
}
