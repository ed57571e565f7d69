package uk.mappa.ledger.api.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.audit.AuditTrail;
import uk.mappa.ledger.api.holdings.CurrentHoldings;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.agreement.FindAgreements;
import uk.mappa.ledger.projections.csods.CsodsQueries.FindMissedCsodsDeadlines;
import uk.mappa.ledger.projections.holdings.CountSharesByMonth;
import uk.mappa.ledger.projections.register.ListBodies;
import uk.mappa.ledger.projections.sfo.FindSfoNotifications;

/**
 * The IG lead's view of their area (an auditor's, of every area): shares a month per body, and what needs their
 * attention, each list the first few of what the API's own list for it returns to them, with a link to the rest.
 */
@Controller
class DashboardPages {

    static final String PATH = "/console/dashboard";
    /** Each list shows this many, and says when there are more. */
    static final int SHOWN = 10;
    /** The chart's months: this one and the eleven before it. */
    static final int MONTHS = 12;

    private final Queries queries;
    private final ReadAccess access;
    private final CurrentHoldings holdings;
    private final AuditTrail trail;
    private final Clock clock;

    DashboardPages(Queries queries, ReadAccess access, CurrentHoldings holdings, AuditTrail trail, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.holdings = holdings;
        this.trail = trail;
        this.clock = clock;
    }

    @ReadsModel({"holdings", "audit-trail", "agreements", "sfo-notifications", "csods"})
    @GetMapping(PATH)
    String dashboard(Actor actor, Model model) {
        if (!AccessRules.mayOverseeArea(actor)) {
            throw RuleViolation.forbidden("not-an-overseer", "The dashboard is for the information governance lead"
                    + " of an area, and for auditors.");
        }
        ConsolePages.signedIn(actor, model, PATH);
        LocalDate today = LocalDate.now(clock.withZone(AgreementTerms.ZONE));
        Set<BodyId> bodies = access.bodiesVisibleTo(actor);
        model.addAttribute("area", actor.area() == null ? "every area" : actor.area().value());
        model.addAttribute("chart", SharesChart.of(queries.ask(new CountSharesByMonth(bodies,
                today.withDayOfMonth(1).minusMonths(MONTHS - 1))), queries.ask(new ListBodies()), today, MONTHS));
        model.addAttribute("overdue", holdings.overdueAcknowledgements(actor, SHOWN, null));
        model.addAttribute("dueForDestruction", holdings.dueForDestruction(actor, SHOWN + 1));
        model.addAttribute("reviewDue", queries.everyPage(FindAgreements.everyPage(null,
                        today.plusDays(FindAgreements.REVIEW_NOTICE_DAYS))).stream()
                .filter(agreement -> bodies == null
                        || agreement.parties().stream().anyMatch(party -> bodies.contains(new BodyId(party))))
                .toList());
        model.addAttribute("refusals", trail.page(actor, String.valueOf(SHOWN), null,
                new AuditTrail.Filters(null, null, null, null, null, null, null, "OnwardDisclosureRefused")));
        model.addAttribute("escalations", queries.ask(new FindSfoNotifications(bodies, true, SHOWN, null)).items());
        Set<BodyId> forces = access.csodsForcesVisibleTo(actor);
        model.addAttribute("missedDeadlines", forces != null && forces.isEmpty() ? List.of()
                : queries.ask(new FindMissedCsodsDeadlines(forces)));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("zone", AgreementTerms.ZONE);
        return "console/dashboard";
    }
}
