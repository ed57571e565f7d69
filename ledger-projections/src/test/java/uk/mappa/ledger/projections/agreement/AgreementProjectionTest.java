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
import uk.mappa.ledger.core.agreement.AgreementAmended;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementSuspended;
import uk.mappa.ledger.core.agreement.LegislativeChange.LegislativeChangeRecorded;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/** Agreements as listed: by party, by review date, and one by one. */
@DataJpaTest
class AgreementProjectionTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    AgreementRepository repository;
    @Autowired
    LegislativeChangeRepository changes;
    AgreementProjection agreements;

    @BeforeEach
    void setUp() {
        agreements = new AgreementProjection(repository, changes);
    }

    AgreementId drafted(String title, List<BodyId> parties, LocalDate reviewDue) {
        AgreementId id = AgreementId.random();
        agreements.on(new AgreementDrafted(id, AgreementKind.MOU, title, parties, List.of(Category.ANNUAL_REPORT),
                List.of(LawfulBasis.CHILDREN_ACT_2004), LocalDate.of(2026, 1, 1), reviewDue, Period.ofYears(3), "x"), T);
        return id;
    }

    @Test
    void agreementsAreFoundByPartyByReviewDateAndById() {
        AgreementId mou = drafted("Merseyside MoU", List.of(SMB, KNOWSLEY), LocalDate.of(2026, 6, 1));
        AgreementId protocol = drafted("Wirral protocol", List.of(SMB, WIRRAL), LocalDate.of(2027, 6, 1));
        for (BodyId party : List.of(SMB, KNOWSLEY)) {
            agreements.on(new AgreementAccepted(mou, party, "Chair", LocalDate.of(2026, 1, 2), "x"), T);
        }
        agreements.on(new AgreementActivated(mou, Instant.parse("2026-01-02T00:00:00Z"), List.of(SMB, KNOWSLEY)), T);
        agreements.on(new AgreementSuspended(protocol, Instant.parse("2026-02-01T00:00:00Z"), "Breach", "x",
                List.of(SMB, WIRRAL)), T);

        AgreementView view = agreements.handle(new FindAgreement(mou)).orElseThrow();
        assertThat(view.title()).isEqualTo("Merseyside MoU");
        assertThat(view.status()).isEqualTo("ACTIVE");
        assertThat(view.parties()).containsExactly("merseyside-smb", "knowsley-lscb");
        assertThat(agreements.handle(new FindAgreement(AgreementId.random()))).isEmpty();

        assertThat(agreements.handle(new FindAgreements(null, null, 100, null)).items()).extracting(AgreementView::title)
                .containsExactly("Merseyside MoU", "Wirral protocol");
        assertThat(agreements.handle(new FindAgreements(KNOWSLEY, null, 100, null)).items()).extracting(AgreementView::title)
                .containsExactly("Merseyside MoU");
        assertThat(agreements.handle(new FindAgreements(WIRRAL, null, 100, null)).items()).extracting(AgreementView::title)
                .containsExactly("Wirral protocol");
        assertThat(agreements.handle(new FindAgreements(null, LocalDate.of(2026, 7, 1), 100, null)).items())
                .extracting(AgreementView::title).containsExactly("Merseyside MoU");

        agreements.reset();
        assertThat(agreements.handle(new FindAgreements(null, null, 100, null)).items()).isEmpty();
    }

    @Test
    void agreementsArePagedInTitleOrderWhateverTheirTitlesHold() {
        for (AgreementId id : List.of(
                drafted("Sefton | Knowsley protocol", List.of(SMB, KNOWSLEY), LocalDate.of(2026, 6, 1)),
                drafted("Alpha MoU", List.of(SMB, WIRRAL), LocalDate.of(2026, 6, 1)),
                drafted("Beta MoU", List.of(SMB, KNOWSLEY), LocalDate.of(2026, 6, 1)),
                drafted("Beta MoU", List.of(SMB, KNOWSLEY), LocalDate.of(2026, 6, 1)),
                drafted("Gamma MoU", List.of(SMB, KNOWSLEY), LocalDate.of(2030, 6, 1)))) {
            agreements.on(new AgreementActivated(id, T, List.of(SMB)), T);
        }

        List<String> titles = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        AgreementPage page = agreements.handle(new FindAgreements(null, null, 2, null));
        while (true) {
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(view -> {
                titles.add(view.title());
                ids.add(view.id());
            });
            if (page.next() == null) {
                break;
            }
            page = agreements.handle(new FindAgreements(null, null, 2, AgreementPage.after(page.next()).orElseThrow()));
        }
        assertThat(titles).containsExactly("Alpha MoU", "Beta MoU", "Beta MoU", "Gamma MoU",
                "Sefton | Knowsley protocol");
        assertThat(ids).doesNotHaveDuplicates();

        AgreementPage knowsleyFirst = agreements.handle(new FindAgreements(KNOWSLEY, null, 2, null));
        assertThat(knowsleyFirst.items()).extracting(AgreementView::title).containsExactly("Beta MoU", "Beta MoU");
        assertThat(agreements.handle(new FindAgreements(KNOWSLEY, null, 2,
                AgreementPage.after(knowsleyFirst.next()).orElseThrow())).items())
                .extracting(AgreementView::title).containsExactly("Gamma MoU", "Sefton | Knowsley protocol");
        AgreementPage dueFirst = agreements.handle(new FindAgreements(null, LocalDate.of(2026, 7, 1), 1, null));
        assertThat(dueFirst.items()).extracting(AgreementView::title).containsExactly("Alpha MoU");
        assertThat(agreements.handle(new FindAgreements(KNOWSLEY, LocalDate.of(2026, 7, 1), 10,
                null)).items()).extracting(AgreementView::title)
                .containsExactly("Beta MoU", "Beta MoU", "Sefton | Knowsley protocol");
        assertThat(AgreementPage.after("bm90IGEgY3Vyc29y")).isEmpty();
    }

    @Test
    void aLegislativeChangeMakesAnAgreementReviewedAsRequiredDueUntilItIsAmended() {
        AgreementId asRequired = drafted("DTC memorandum", List.of(SMB, KNOWSLEY), null);
        AgreementId dated = drafted("Dated protocol", List.of(SMB, WIRRAL), LocalDate.of(2030, 1, 1));
        for (AgreementId id : List.of(asRequired, dated)) {
            agreements.on(new AgreementActivated(id, T, List.of(SMB, KNOWSLEY)), T);
        }
        LocalDate soon = LocalDate.of(2026, 7, 1);
        assertThat(agreements.handle(new FindAgreements(null, soon, 100, null)).items()).isEmpty();

        java.util.UUID change = java.util.UUID.randomUUID();
        agreements.on(new LegislativeChangeRecorded(change, "Schools Act", LocalDate.of(2026, 4, 1), "ig"),
                T.plusSeconds(60));
        assertThat(agreements.handle(new FindAgreements(null, soon, 100, null)).items()).extracting(AgreementView::title)
                .containsExactly("DTC memorandum");
        assertThat(agreements.handle(new FindAgreement(asRequired)).orElseThrow().reviewFlaggedBy())
                .isEqualTo(new AgreementView.LegislativeChangeView(change.toString(), "Schools Act",
                        LocalDate.of(2026, 4, 1)));
        assertThat(agreements.handle(new FindAgreement(dated)).orElseThrow().reviewFlaggedBy()).isNull();

        agreements.on(new AgreementAmended(asRequired, 2, "Takes the Act into account", "Chair",
                LocalDate.of(2026, 5, 1), List.of(Category.ANNUAL_REPORT), List.of(LawfulBasis.CHILDREN_ACT_2004), null,
                false, "x", List.of(SMB, KNOWSLEY)), T.plusSeconds(120));
        AgreementView amended = agreements.handle(new FindAgreement(asRequired)).orElseThrow();
        assertThat(amended.reviewFlaggedBy()).isNull();
        assertThat(amended.version()).isEqualTo(2);
        assertThat(amended.amendments()).extracting(AgreementView.Amendment::changes)
                .containsExactly("Takes the Act into account");
        assertThat(agreements.handle(new FindAgreements(null, soon, 100, null)).items()).isEmpty();
    }
}
