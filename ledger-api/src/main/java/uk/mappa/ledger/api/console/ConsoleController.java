package uk.mappa.ledger.api.console;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.holdings.CurrentHoldings;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.holdings.HoldingCursor;
import uk.mappa.ledger.projections.register.ListBodies;

/**
 * The web console's pages, for people who would otherwise need curl: rendered on the server in the GOV.UK
 * Design System's style. Every page reads through the same components as the API (and so its access rules);
 * what the API would refuse is shown as a GOV.UK error summary with the problem's sentence.
 */
@Controller
class ConsoleController {

    private final CurrentHoldings holdings;
    private final Queries queries;

    ConsoleController(CurrentHoldings holdings, Queries queries) {
        this.holdings = holdings;
        this.queries = queries;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("errors", List.of(new Error("username",
                    "Enter the user name and password of a demo user")));
        }
        return "console/sign-in";
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        signedIn(actor, model, "/");
        return "console/home";
    }

    @ReadsModel("holdings")
    @GetMapping("/console/holdings")
    String holdings(@RequestParam(required = false) String bodyId, @RequestParam(required = false) String after,
                    Actor actor, Model model) {
        signedIn(actor, model, "/console/holdings");
        // Only the bodies whose holdings the API would show this caller are offered.
        model.addAttribute("bodies", queries.ask(new ListBodies()).stream()
                .filter(body -> AccessRules.mayReadHoldingsOf(actor, new BodyId(body.id()),
                        new MappaArea(body.mappaArea())))
                .toList());
        model.addAttribute("zone", AgreementTerms.ZONE);
        // "Choose a body" sends an empty choice: the caller's own body, as when nothing is sent.
        boolean given = bodyId != null && !bodyId.isBlank();
        String chosen = given ? bodyId : actor.body() == null ? null : actor.body().value();
        model.addAttribute("bodyId", chosen);
        if (chosen == null) {
            return "console/holdings";
        }
        try {
            InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
            BodyId body = RequestParameters.bodyId(chosen, "bodyId", violations);
            HoldingCursor cursor = RequestParameters.cursor(after, HoldingCursor::decode, violations);
            violations.throwIfAny();
            model.addAttribute("page", holdings.of(actor, body, 50, cursor));
        } catch (InvalidRequestException invalid) {
            showErrors(model, invalid.map(Error::new));
        } catch (RuleViolation refused) {
            showErrors(model, List.of(new Error("bodyId", refused.detail())));
        }
        return "console/holdings";
    }

    /** What the layout needs on every signed-in page: who, the navigation, and which of its pages this is. */
    private static void signedIn(Actor actor, Model model, String currentPath) {
        model.addAttribute("actor", actor);
        model.addAttribute("navigation", Navigation.of(actor));
        model.addAttribute("currentPath", currentPath);
    }

    /** The summary lists every error; the body field shows its own beside it (a bad cursor is no field's). */
    private static void showErrors(Model model, List<Error> errors) {
        model.addAttribute("errors", errors);
        errors.stream().filter(error -> error.field().equals("bodyId")).findFirst()
                .ifPresent(error -> model.addAttribute("bodyIdError", error.message()));
    }

    /** One line of a GOV.UK error summary: the field it links to and the problem's sentence. */
    record Error(String field, String message) {
    }
}
