package uk.mappa.ledger.projections.csods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsCaseClosed;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.csods.CsodsDeadlineExtended;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsDisclosureDecided;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.csods.CsodsEvent;
import uk.mappa.ledger.core.csods.CsodsFaceToFaceMeetingHeld;
import uk.mappa.ledger.core.csods.CsodsInitialChecksCompleted;
import uk.mappa.ledger.core.csods.CsodsRiskAssessmentCompleted;
import uk.mappa.ledger.core.csods.CsodsUndertakingRecorded;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectId;

/** A CSODS case as the API shows it: every stage with who and when, and erasure that keeps the history. */
class CsodsCaseViewTest {

    static final BodyId POLICE = new BodyId("merseyside-police");
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    final CaseId id = new CaseId(UUID.randomUUID());
    final SubjectId applicant = new SubjectId(UUID.randomUUID());
    final SubjectId subject = new SubjectId(UUID.randomUUID());
    final SubjectId child = new SubjectId(UUID.randomUUID());
    final SubjectId recipient = new SubjectId(UUID.randomUUID());

    static SealedPerson person(SubjectId id) {
        return new SealedPerson(id, new Sealed(id, "name-" + id), new Sealed(id, "dob"), null);
    }

    Instant day(int days) {
        return AT.plus(Duration.ofDays(days));
    }

    List<CsodsEvent> history() {
        return List.of(
                new CsodsApplicationReceived(id, POLICE, person(applicant), person(subject), List.of(person(child)),
                        new Sealed(applicant, "relationship"), AT, Map.of(CsodsDeadline.INITIAL_CHECKS, day(1),
                        CsodsDeadline.WHOLE_CASE, day(45)), "jo"),
                new CsodsInitialChecksCompleted(id, POLICE, day(1), "jo"),
                new CsodsDeadlineMissed(id, POLICE, CsodsDeadline.FACE_TO_FACE, day(10)),
                new CsodsFaceToFaceMeetingHeld(id, POLICE, day(11), true, "sam"),
                new CsodsRiskAssessmentCompleted(id, POLICE, day(20), 1, 2, "jo"),
                new CsodsDeadlineExtended(id, POLICE, CsodsDeadline.WHOLE_CASE, day(45), day(60),
                        new Sealed(subject, "hospital"), "jo"),
                new CsodsDisclosureDecided(id, POLICE, day(21), true, new Sealed(subject, "rationale"), List.of("DI"),
                        List.of(new BodyId("knowsley-lscb")), "jo"),
                new CsodsDisclosureMade(id, POLICE, day(22), person(recipient), false, true, "jo"),
                new CsodsUndertakingRecorded(id, POLICE, day(23), false, new Sealed(recipient, "why"), "jo"),
                new CsodsCaseClosed(id, POLICE, day(24), true, "jo"));
    }

    CsodsCaseView fold(List<CsodsEvent> events) {
        CsodsCaseView view = null;
        for (CsodsEvent event : events) {
            view = CsodsCaseView.evolve(view, event);
        }
        return view;
    }

    @Test
    void everyStageIsShownWithWhoAndWhen() {
        CsodsCaseView view = fold(history());
        assertThat(view.id()).isEqualTo(id.toString());
        assertThat(view.force()).isEqualTo("merseyside-police");
        assertThat(view.stage()).isEqualTo("CLOSED");
        assertThat(view.receivedAt()).isEqualTo(AT);
        assertThat(view.stages()).extracting(CsodsCaseView.StageRecord::stage).containsExactly("APPLICATION_RECEIVED",
                "INITIAL_CHECKS_COMPLETED", "FACE_TO_FACE_HELD", "RISK_ASSESSMENT_COMPLETED", "DECISION_MADE",
                "DISCLOSURE_MADE", "UNDERTAKING_RECORDED", "CLOSED");
        assertThat(view.stages().get(2)).isEqualTo(new CsodsCaseView.StageRecord("FACE_TO_FACE_HELD", day(11), "sam"));
        assertThat(view.mappaCategory()).isEqualTo(1);
        assertThat(view.mappaLevel()).isEqualTo(2);
        assertThat(view.decision().disclose()).isTrue();
        assertThat(view.decision().agenciesConsulted()).containsExactly("knowsley-lscb");
        assertThat(view.disclosure()).isEqualTo(new CsodsCaseView.Disclosure(day(22), person(recipient), false, "jo"));
        assertThat(view.undertaking().signed()).isFalse();
        assertThat(view.missedDeadlines()).containsExactly(new CsodsCaseView.Missed("FACE_TO_FACE", day(10)));
        assertThat(view.due()).containsEntry("WHOLE_CASE", day(60)).containsEntry("INITIAL_CHECKS", day(1));
        assertThat(view.extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.previousDue()).isEqualTo(day(45));
            assertThat(extension.newDue()).isEqualTo(day(60));
        });
        assertThat(view.subjects()).containsExactly(applicant, subject, child, recipient);
        assertThat(fold(history().subList(0, 2)).subjects()).containsExactly(applicant, subject, child);
    }

    @Test
    void anErasedPersonsValuesGoButTheHistoryStays() {
        CsodsCaseView erasedSubject = fold(history()).withoutSubject(subject);
        assertThat(erasedSubject.subject()).isEqualTo(new SealedPerson(subject, null, null, null));
        assertThat(erasedSubject.applicant()).isEqualTo(person(applicant));
        assertThat(erasedSubject.decision().rationale()).isNull();
        assertThat(erasedSubject.extensions().get(0).reason()).isNull();
        assertThat(erasedSubject.stages()).hasSize(8);

        CsodsCaseView erasedApplicant = fold(history()).withoutSubject(applicant);
        assertThat(erasedApplicant.applicant().name()).isNull();
        assertThat(erasedApplicant.relationship()).isNull();
        assertThat(erasedApplicant.decision().rationale()).isNotNull();

        CsodsCaseView erasedRecipient = fold(history()).withoutSubject(recipient);
        assertThat(erasedRecipient.disclosure().recipient().name()).isNull();
        assertThat(erasedRecipient.undertaking().reasonWithout()).isNull();
        assertThat(erasedRecipient.children()).containsExactly(person(child));

        CsodsCaseView erasedChild = fold(history()).withoutSubject(child);
        assertThat(erasedChild.children()).containsExactly(new SealedPerson(child, null, null, null));
        assertThat(fold(history().subList(0, 1)).withoutSubject(child).decision()).isNull();
    }
}
