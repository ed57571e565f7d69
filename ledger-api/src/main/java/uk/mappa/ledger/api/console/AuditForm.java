package uk.mappa.ledger.api.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.mappa.ledger.api.audit.AuditTrail;
import uk.mappa.ledger.core.agreement.AgreementTerms;

/**
 * The audit trail's filters as the console's form sends them: the API's filters, with days rather than instants
 * ({@code to} includes its day), every one optional. Blank fields are no filter.
 *
 * @param from first day, yyyy-mm-dd
 * @param to   last day, yyyy-mm-dd
 */
public record AuditForm(String bodyId, String category, String marking, String agreementId, String actor,
                        String from, String to, String eventType) {

    public AuditForm {
        bodyId = blankToNull(bodyId);
        category = blankToNull(category);
        marking = blankToNull(marking);
        agreementId = blankToNull(agreementId);
        actor = blankToNull(actor);
        from = blankToNull(from);
        to = blankToNull(to);
        eventType = blankToNull(eventType);
    }

    /** The API's filters, the days as the instants that begin them in England and Wales. */
    AuditTrail.Filters filters(List<FormErrors.Error> errors) {
        return new AuditTrail.Filters(bodyId, category, marking, agreementId, actor, startOf(from, 0, "from", errors),
                startOf(to, 1, "to", errors), eventType);
    }

    private static String startOf(String day, int daysLater, String field, List<FormErrors.Error> errors) {
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day).plusDays(daysLater).atStartOfDay(AgreementTerms.ZONE).toInstant().toString();
        } catch (DateTimeParseException notADay) {
            errors.add(new FormErrors.Error(field, "Enter the day as year-month-day, for example 2026-04-01"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
