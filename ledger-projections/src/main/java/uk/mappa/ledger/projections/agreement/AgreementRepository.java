package uk.mappa.ledger.projections.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Agreements in title order (then id), a page at a time after a cursor. */
interface AgreementRepository extends JpaRepository<AgreementEntity, UUID> {

    String AFTER = " (a.title > :title or (a.title = :title and a.id > :id)) ";
    String REVIEW_DUE = """
             a.status in ('ACTIVE', 'SUSPENDED')
              and ((a.reviewDue is not null and a.reviewDue <= :date)
                or (a.reviewDue is null and exists (
                    select c from LegislativeChangeEntity c where a.reviewedAt is null or c.recordedAt > a.reviewedAt)))
            """;
    String ORDER = " order by a.title, a.id";

    @Query("select a from AgreementEntity a where" + AFTER + ORDER)
    List<AgreementEntity> findAfter(String title, UUID id, Limit limit);

    @Query("select a from AgreementEntity a where :party member of a.parties and" + AFTER + ORDER)
    List<AgreementEntity> findNaming(String party, String title, UUID id, Limit limit);

    @Query("select a from AgreementEntity a where" + REVIEW_DUE + "and" + AFTER + ORDER)
    List<AgreementEntity> findReviewDueBy(LocalDate date, String title, UUID id, Limit limit);

    @Query("select a from AgreementEntity a where :party member of a.parties and" + REVIEW_DUE + "and" + AFTER + ORDER)
    List<AgreementEntity> findReviewDueByNaming(String party, LocalDate date, String title, UUID id, Limit limit);
}
