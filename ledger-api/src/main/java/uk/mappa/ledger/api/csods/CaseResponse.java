package uk.mappa.ledger.api.csods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.mappa.ledger.core.personal.PersonalDataVault;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.projections.csods.CsodsCaseView;

/**
 * A CSODS case as the API returns it: personal data opened for the reader while each subject's key
 * exists, and marked {@code erased} once it does not.
 */
record CaseResponse(String id, String force, String stage, Instant receivedAt, Person applicant, Person subject,
                    List<Person> children, Text relationship, Map<String, Instant> due,
                    List<CsodsCaseView.StageRecord> stages, Integer mappaCategory, Integer mappaLevel,
                    Decision decision, Disclosure disclosure, Undertaking undertaking,
                    List<CsodsCaseView.Missed> missedDeadlines, List<Extension> extensions) {

    /** A person: their subject id always, their details while they are held. */
    record Person(String subjectId, String name, LocalDate dateOfBirth, String address, boolean erased) {
    }

    /** A free-text detail, or its absence after erasure. */
    record Text(String value, boolean erased) {
    }

    record Decision(boolean disclose, Text rationale, List<String> decisionMakers, List<String> agenciesConsulted) {
    }

    record Disclosure(Instant at, Person recipient, boolean recipientIsApplicant, String by) {
    }

    record Undertaking(boolean signed, Text reasonWithout) {
    }

    record Extension(String deadline, Instant previousDue, Instant newDue, Text reason, String by) {
    }

    static CaseResponse of(CsodsCaseView view, PersonalDataVault vault) {
        Opener open = new Opener(vault);
        return new CaseResponse(view.id(), view.force(), view.stage(), view.receivedAt(), open.person(view.applicant()),
                open.person(view.subject()), view.children().stream().map(open::person).toList(),
                open.text(view.relationship()), view.due(), view.stages(), view.mappaCategory(), view.mappaLevel(),
                view.decision() == null ? null : new Decision(view.decision().disclose(),
                        open.text(view.decision().rationale()), view.decision().decisionMakers(),
                        view.decision().agenciesConsulted()),
                view.disclosure() == null ? null : new Disclosure(view.disclosure().at(),
                        view.disclosure().recipientIsApplicant() ? open.person(view.applicant())
                                : open.person(view.disclosure().recipient()),
                        view.disclosure().recipientIsApplicant(), view.disclosure().by()),
                view.undertaking() == null ? null : new Undertaking(view.undertaking().signed(),
                        view.undertaking().signed() ? null : open.text(view.undertaking().reasonWithout())),
                view.missedDeadlines(),
                view.extensions().stream().map(extension -> new Extension(extension.deadline(),
                        extension.previousDue(), extension.newDue(), open.text(extension.reason()), extension.by()))
                        .toList());
    }

    /** Opens sealed values; a value without its key (or dropped by an erasure) is erased. */
    private record Opener(PersonalDataVault vault) {

        Person person(SealedPerson person) {
            String name = open(person.name());
            if (name == null) {
                return new Person(person.subjectId().toString(), null, null, null, true);
            }
            String born = open(person.dateOfBirth());
            return new Person(person.subjectId().toString(), name, born == null ? null : LocalDate.parse(born),
                    open(person.address()), false);
        }

        Text text(Sealed value) {
            String clear = open(value);
            return new Text(clear, clear == null);
        }

        private String open(Sealed value) {
            return value == null ? null : vault.open(value).orElse(null);
        }
    }
}
