package uk.mappa.ledger.api.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.mappa.ledger.projections.agreement.AgreementView;

/**
 * What "Record a share" offers a person: the agreements in force that name their body, and the bodies and kinds
 * of information in them; and which of those agreements cover what they chose.
 *
 * @param bodies     the other parties of those agreements, by id, with their names
 * @param categories the kinds of information the person may record under them
 */
record ShareOffer(List<AgreementView> inForce, Map<String, String> bodies, List<RecordSharePages.Choice> categories) {

    List<AgreementView> covering(ShareForm form) {
        return inForce.stream()
                .filter(agreement -> agreement.parties().containsAll(form.recipientBodyIds()))
                .filter(agreement -> agreement.categories().contains(form.category()))
                .toList();
    }

    /** A body or category that was not offered (a form changed by hand, or a body closed meanwhile). */
    FormErrors check(ShareForm form) {
        FormErrors errors = FormErrors.none();
        if (!bodies.keySet().containsAll(form.recipientBodyIds())) {
            errors = errors.and(FormErrors.one("recipientBodyIds", "Choose from the bodies listed"));
        }
        if (form.category() != null && categories.stream().noneMatch(c -> c.value().equals(form.category()))) {
            errors = errors.and(FormErrors.one("category", "Choose from the kinds of information listed"));
        }
        if (!errors.any() && form.hasRecipientsAndCategory() && covering(form).isEmpty()) {
            errors = FormErrors.one("recipientBodyIds", "No agreement in force between your body and "
                    + form.recipientBodyIds().stream().map(bodies::get).collect(Collectors.joining(", "))
                    + " covers this kind of information. Choose other bodies or another kind.");
        }
        return errors;
    }
}
