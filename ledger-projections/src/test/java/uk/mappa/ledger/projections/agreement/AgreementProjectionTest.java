package uk.mappa.ledger.projections.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.agreement.AgreementAccepted;
import uk.mappa.ledger.core.agreement.AgreementActivated;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementSuspended;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/** Agreements as listed: by party, by review date, and one by one. */
@DataJpaTest
class AgreementProjectionTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");

    @Autowired
    AgreementRepository repository;
    AgreementProjection agreements;

    @BeforeEach
    void setUp() {
        agreements = new AgreementProjection(repository);
    }

    AgreementId drafted(String title, List<BodyId> parties, LocalDate reviewDue) {
        AgreementId id = AgreementId.random();
        agreements.on(new AgreementDrafted(id, AgreementKind.MOU, title, parties, List.of(Category.ANNUAL_REPORT),
                List.of(LawfulBasis.CHILDREN_ACT_2004), LocalDate.of(2026, 1, 1), reviewDue, Period.ofYears(3), "x"));
        return id;
    }

    @Test
    void agreementsAreFoundByPartyByReviewDateAndById() {
        AgreementId mou = drafted("Merseyside MoU", List.of(SMB, KNOWSLEY), LocalDate.of(2026, 6, 1));
        AgreementId protocol = drafted("Wirral protocol", List.of(SMB, WIRRAL), LocalDate.of(2027, 6, 1));
        for (BodyId party : List.of(SMB, KNOWSLEY)) {
            agreements.on(new AgreementAccepted(mou, party, "Chair", LocalDate.of(2026, 1, 2), "x"));
        }
        agreements.on(new AgreementActivated(mou, Instant.parse("2026-01-02T00:00:00Z"), List.of(SMB, KNOWSLEY)));
        agreements.on(new AgreementSuspended(protocol, Instant.parse("2026-02-01T00:00:00Z"), "Breach", "x",
                List.of(SMB, WIRRAL)));

        AgreementView view = agreements.handle(new FindAgreement(mou)).orElseThrow();
        assertThat(view.title()).isEqualTo("Merseyside MoU");
        assertThat(view.status()).isEqualTo("ACTIVE");
        assertThat(view.parties()).containsExactly("merseyside-smb", "knowsley-lscb");
        assertThat(agreements.handle(new FindAgreement(AgreementId.random()))).isEmpty();

        assertThat(agreements.handle(new FindAgreements(null, null))).extracting(AgreementView::title)
                .containsExactly("Merseyside MoU", "Wirral protocol");
        assertThat(agreements.handle(new FindAgreements(KNOWSLEY, null))).extracting(AgreementView::title)
                .containsExactly("Merseyside MoU");
        assertThat(agreements.handle(new FindAgreements(WIRRAL, null))).extracting(AgreementView::title)
                .containsExactly("Wirral protocol");
        assertThat(agreements.handle(new FindAgreements(null, LocalDate.of(2026, 7, 1))))
                .extracting(AgreementView::title).containsExactly("Merseyside MoU");

        agreements.reset();
        assertThat(agreements.handle(new FindAgreements(null, null))).isEmpty();
    }
}
