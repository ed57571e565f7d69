package uk.mappa.ledger.api.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.audit.AuditTrail;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.agreement.FindAgreements;
import uk.mappa.ledger.projections.audit.AuditScope;
import uk.mappa.ledger.projections.register.ListBodies;

/**
 * The audit trail in the console: every filter of the API, 50 entries a page, newest first, and the same
 * entries as a CSV download. What the reader may see is the API's {@link AuditTrail} and its scope.
 */
@Controller
class AuditPages {

    static final String PATH = "/console/audit";
    private static final String PAGE_SIZE = "50";

    private final AuditTrail trail;
    private final ReadAccess access;
    private final Queries queries;

    AuditPages(AuditTrail trail, ReadAccess access, Queries queries) {
        this.trail = trail;
        this.access = access;
        this.queries = queries;
    }

    @ReadsModel("audit-trail")
    @GetMapping(PATH)
    String trail(@ModelAttribute("form") AuditForm form, @RequestParam(required = false) String after, Actor actor,
                 Model model) {
        ConsolePages.signedIn(actor, model, PATH);
        AuditScope scope = access.auditScopeOf(actor);
        // Only the bodies and agreements of the reader's scope are offered as filters.
        model.addAttribute("bodies", queries.ask(new ListBodies()).stream()
                .filter(body -> scope.unrestricted() || scope.bodies().stream().anyMatch(b -> b.value().equals(body.id())))
                .toList());
        model.addAttribute("agreements", queries.everyPage(FindAgreements.everyPage(null, null)).stream()
                .filter(agreement -> scope.unrestricted()
                        || scope.bodies().stream().anyMatch(b -> agreement.parties().contains(b.value())))
                .toList());
        model.addAttribute("categories", Arrays.stream(Category.values()).map(Enum::name).toList());
        model.addAttribute("markings", List.of("OFFICIAL", "SECRET", "TOP_SECRET"));
        model.addAttribute("zone", AgreementTerms.ZONE);
        List<FormErrors.Error> errors = new ArrayList<>();
        AuditTrail.Filters filters = form.filters(errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", new FormErrors(errors));
            return "console/audit";
        }
        try {
            model.addAttribute("page", trail.page(actor, PAGE_SIZE, after == null || after.isBlank() ? null : after,
                    filters));
        } catch (InvalidRequestException invalid) {
            model.addAttribute("errors", FormErrors.of(invalid, field -> field.equals("after") ? null : field));
        } catch (RuleViolation refused) {
            model.addAttribute("errors", FormErrors.one("bodyId", refused.detail()));
        }
        return "console/audit";
    }

    /** Every entry the filters match, as the API's CSV. */
    @ReadsModel("audit-trail")
    @GetMapping(PATH + ".csv")
    @ResponseBody
    ResponseEntity<StreamingResponseBody> csv(@ModelAttribute AuditForm form, Actor actor) {
        List<FormErrors.Error> errors = new ArrayList<>();
        AuditTrail.Filters filters = form.filters(errors);
        if (!errors.isEmpty()) {
            InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
            errors.forEach(error -> violations.add(error.field(), error.message()));
            violations.throwIfAny();
        }
        return trail.csv(actor, filters);
    }
}
