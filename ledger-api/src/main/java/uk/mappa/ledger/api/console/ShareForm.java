package uk.mappa.ledger.api.console;

import java.util.List;
import java.util.Locale;
import uk.mappa.ledger.api.share.MarkingRequest;
import uk.mappa.ledger.api.share.RecordShareRequest;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.share.Category;

/**
 * What a business manager has answered so far on "Record a share", carried from question to question. It
 * becomes the same {@link RecordShareRequest} a system would send to the API; the document itself never
 * comes: only the SHA-256 the browser worked out.
 *
 * @param marking       {@code OFFICIAL}, {@code OFFICIAL_SENSITIVE}, {@code SECRET} or {@code TOP_SECRET}
 * @param descriptors   kept only with OFFICIAL-SENSITIVE, the one marking they qualify
 * @param linkedRecordId the handling arrangement (case information), case review (its learning) or minutes
 *                      request (minutes) the share comes under
 */
public record ShareForm(List<String> recipientBodyIds, String category, String agreementId, String title,
                        String lawfulBasis, String marking, List<String> descriptors, String purpose,
                        String linkedRecordId, String contentSha256) {

    public ShareForm {
        recipientBodyIds = recipientBodyIds == null ? List.of()
                : recipientBodyIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
        category = blankToNull(category);
        agreementId = blankToNull(agreementId);
        linkedRecordId = blankToNull(linkedRecordId);
    }

    public boolean hasRecipientsAndCategory() {
        return !recipientBodyIds.isEmpty() && category != null;
    }

    public Category chosenCategory() {
        return Category.valueOf(category);
    }

    /** The category as a person reads it, e.g. "Annual report". */
    public String categoryDescription() {
        return RecordSharePages.capitalised(chosenCategory().description());
    }

    public boolean chose(String recipient) {
        return recipientBodyIds.contains(recipient);
    }

    /** The record the category is shared under, if it is shared under one, as the page asks for it. */
    public String linkedRecordQuestion() {
        return switch (category == null ? "" : category) {
            case "CASE_INFORMATION" -> "Handling arrangement";
            case "SCR_LEARNING" -> "Case review";
            case "MINUTES" -> "Minutes request";
            default -> null;
        };
    }

    /** The first question's answers that are missing. */
    FormErrors missingRecipientsOrCategory() {
        FormErrors errors = FormErrors.none();
        if (recipientBodyIds().isEmpty()) {
            errors = errors.and(FormErrors.one("recipientBodyIds", "Choose at least one body the information went to"));
        }
        if (category() == null) {
            errors = errors.and(FormErrors.one("category", "Choose what kind of information it was"));
        }
        return errors;
    }

    /** The details that are missing, in the page's words (the API's own checks come after). */
    FormErrors missingDetails() {
        FormErrors errors = FormErrors.none();
        if (blank(title())) {
            errors = errors.and(FormErrors.one("title", "Enter the document's title"));
        }
        if (blank(lawfulBasis())) {
            errors = errors.and(FormErrors.one("lawfulBasis", "Choose the lawful basis it was shared on"));
        }
        if (blank(marking())) {
            errors = errors.and(FormErrors.one("marking", "Choose the document's protective marking"));
        }
        if (blank(purpose())) {
            errors = errors.and(FormErrors.one("purpose", "Enter what it was shared for"));
        }
        if ("MINUTES".equals(category) && linkedRecordId == null) {
            errors = errors.and(FormErrors.one("linkedRecordId", "Enter the minutes request the chair decided"));
        }
        if (blank(contentSha256())) {
            errors = errors.and(FormErrors.one("contentSha256", "Choose the document, or enter its SHA-256"));
        }
        return errors;
    }

    RecordShareRequest toRequest(Actor actor) {
        String digest = contentSha256 == null ? null : contentSha256.strip().toLowerCase(Locale.ROOT);
        return new RecordShareRequest(agreementId, category, title, actor.body().value(), recipientBodyIds,
                lawfulBasis, purpose, markingRequest(), null, digest, null, null,
                linked("CASE_INFORMATION"), linked("SCR_LEARNING"), linked("MINUTES"));
    }

    private MarkingRequest markingRequest() {
        if (marking == null || marking.isBlank()) {
            return null;
        }
        boolean sensitive = marking.equals("OFFICIAL_SENSITIVE");
        return new MarkingRequest(sensitive ? "OFFICIAL" : marking, sensitive, sensitive ? descriptors : List.of());
    }

    private String linked(String forCategory) {
        return forCategory.equals(category) ? linkedRecordId : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
