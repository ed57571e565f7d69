package uk.mappa.ledger.api.console;

import java.util.List;
import java.util.function.Function;
import uk.mappa.ledger.api.web.InvalidRequestException;

/**
 * What a page shows of the problems with what was sent: a GOV.UK error summary listing every one, and beside
 * each field its own message. A problem that is no field's (a stale "Next page" link) is listed, not linked.
 */
public record FormErrors(List<Error> all) {

    public FormErrors {
        all = List.copyOf(all);
    }

    static FormErrors none() {
        return new FormErrors(List.of());
    }

    static FormErrors one(String field, String message) {
        return new FormErrors(List.of(new Error(field, message)));
    }

    /**
     * The API's own violations, each linked to the page's field for it: {@code field} maps the API's name for
     * a field ({@code marking.classification}, {@code recipientBodyIds[0]}) to the page's, or to null for none.
     */
    static FormErrors of(InvalidRequestException invalid, Function<String, String> field) {
        return new FormErrors(invalid.map((name, message) -> new Error(field.apply(name), message)));
    }

    FormErrors and(FormErrors more) {
        return new FormErrors(java.util.stream.Stream.concat(all.stream(), more.all.stream()).toList());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    /** The message shown beside a field, or null when it has none. */
    public String of(String field) {
        return all.stream().filter(error -> field.equals(error.field())).map(Error::message).findFirst().orElse(null);
    }

    /** One line of the summary: the id of the field it links to (null for none) and the problem's sentence. */
    public record Error(String field, String message) {
    }
}
