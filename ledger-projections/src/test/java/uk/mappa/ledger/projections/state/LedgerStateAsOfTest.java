package uk.mappa.ledger.projections.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.projections.Events;
import uk.mappa.ledger.projections.history.TestHistory;
import uk.mappa.ledger.projections.register.BodyView;

/** The whole ledger as it stood at an instant: register, agreements and holdings, from the events alone. */
class LedgerStateAsOfTest {

    static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void onlyWhatHadHappenedByThenIsThere() {
        BodyId smb = new BodyId("merseyside-smb");
        BodyId knowsley = new BodyId("knowsley-lscb");
        ShareId share = ShareId.random();
        TestHistory history = new TestHistory()
                .at(JAN, new BodyRegistered(knowsley, "Knowsley LSCB", BodyKind.LSCB, new MappaArea("merseyside")))
                .at(JAN, new BodyRegistered(smb, "Merseyside SMB", BodyKind.SMB, new MappaArea("merseyside")))
                .at(JAN, new BodyRegistered(new BodyId("hampshire-lscp"), "Hampshire LSCP", BodyKind.LSCP,
                        new MappaArea("hampshire-iow")))
                .at(FEB, new AgreementDrafted(AgreementId.random(), AgreementKind.MOU, "Merseyside MoU",
                        List.of(smb, knowsley), List.of(Category.ANNUAL_REPORT), List.of(LawfulBasis.CHILDREN_ACT_2004),
                        LocalDate.of(2026, 1, 1), null, Period.ofYears(3), "x"))
                .at(MAR, Events.shareRecorded(share, Category.ANNUAL_REPORT, "merseyside-smb", List.of("knowsley-lscb"),
                        ProtectiveMarking.official(), MAR));
        LedgerStateAsOf state = new LedgerStateAsOf(history.history());

        LedgerStateView january = state.handle(new FindLedgerStateAsOf(JAN));
        assertThat(january.asOf()).isEqualTo(JAN);
        assertThat(january.bodies()).extracting(BodyView::id)
                .containsExactly("hampshire-lscp", "knowsley-lscb", "merseyside-smb");
        assertThat(january.bodies().get(1).registeredAt()).isEqualTo(JAN);
        assertThat(january.agreements()).isEmpty();
        assertThat(january.holdings()).isEmpty();

        LedgerStateView march = state.handle(new FindLedgerStateAsOf(MAR));
        assertThat(march.agreements()).extracting(a -> a.title()).containsExactly("Merseyside MoU");
        assertThat(march.holdings()).extracting(h -> h.bodyId()).containsExactlyInAnyOrder("merseyside-smb",
                "knowsley-lscb");
    }
}
