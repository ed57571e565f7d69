package uk.mappa.ledger.api.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.holdings.CurrentHoldings;
import uk.mappa.ledger.api.security.AuthenticationMode;
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
    private final AuthenticationMode signIns;

    ConsoleController(CurrentHoldings holdings, Queries queries, AuthenticationMode signIns) {
        this.holdings = holdings;
        this.queries = queries;
        this.signIns = signIns;
    }

    /** The demo users' form on the embedded default; the organisation's sign-in where the issuer has a console client. */
    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String noRole,
                  Model model) {
        model.addAttribute("demoUsers", signIns.demoUsers());
        model.addAttribute("organisation", signIns.consoleSignIn());
        FormErrors errors = FormErrors.none();
        if (noRole != null) {
            errors = FormErrors.one(null, "Your account has no role in the ledger. Ask whoever manages your"
                    + " organisation's accounts to give it one, then sign in again.");
        } else if (error != null) {
            errors = signIns.demoUsers() ? FormErrors.one("username", "Enter the user name and password of a demo user")
                    : FormErrors.one(null, "Signing in at your organisation did not succeed. Try again.");
        }
        model.addAttribute("errors", errors);
        return "console/sign-in";
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        ConsolePages.signedIn(actor, model, "/");
        return "console/home";
    }

    @ReadsModel("holdings")
    @GetMapping("/console/holdings")
    String holdings(@RequestParam(required = false) String bodyId, @RequestParam(required = false) String after,
                    @RequestParam(required = false) String asAt, Actor actor, Model model) {
        ConsolePages.signedIn(actor, model, "/console/holdings");
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
        String day = asAt == null || asAt.isBlank() ? null : asAt.strip();
        model.addAttribute("asAt", day);
        try {
            InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
            BodyId body = RequestParameters.bodyId(chosen, "bodyId", violations);
            HoldingCursor cursor = RequestParameters.cursor(after == null || after.isBlank() ? null : after,
                    HoldingCursor::decode, violations);
            Instant endOfDay = endOf(day, violations);
            violations.throwIfAny();
            // As at a day: what the body held when it ended, rebuilt from the history (as the API's asOf).
            model.addAttribute("page", endOfDay == null ? holdings.of(actor, body, 50, cursor)
                    : holdings.asOf(actor, body, endOfDay, 50, cursor));
        } catch (InvalidRequestException invalid) {
            // A bad cursor comes from a stale link, not from the field.
            model.addAttribute("errors", FormErrors.of(invalid,
                    field -> field.equals("bodyId") || field.equals("asAt") ? field : null));
        } catch (RuleViolation refused) {
            model.addAttribute("errors", FormErrors.one("bodyId", refused.detail()));
        }
        return "console/holdings";
    }

    /** Any other console address is a GOV.UK "Page not found", not the API's problem JSON. */
    @GetMapping("/console/**")
    String unknown() {
        throw RuleViolation.notFound("page-not-found", "There is no such page in the console.");
    }

    /** The last instant of a day in England and Wales; null for no day. */
    private static Instant endOf(String day, InvalidRequestException.Collector violations) {
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day).plusDays(1).atStartOfDay(AgreementTerms.ZONE).toInstant().minusNanos(1);
        } catch (DateTimeParseException notADay) {
            violations.add("asAt", "Enter the day as year-month-day, for example 2026-04-01");
            return null;
        }
    }
}
