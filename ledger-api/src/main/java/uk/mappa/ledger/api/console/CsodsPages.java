package uk.mappa.ledger.api.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.mappa.ledger.api.csods.CsodsCases;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.csods.CsodsCasePage;

/**
 * The CSODS officer's cases (an IG lead's, their area's forces'; an auditor's, every force's): each case's stage
 * and the next time limit it must meet, 50 a page, most recently received first, with no personal data.
 */
@Controller
class CsodsPages {

    static final String PATH = "/console/csods";

    private final CsodsCases cases;

    CsodsPages(CsodsCases cases) {
        this.cases = cases;
    }

    @ReadsModel("csods")
    @GetMapping(PATH)
    String cases(@RequestParam(required = false) String after, Actor actor, Model model) {
        if (!AccessRules.mayReadAnyCsodsCases(actor)) {
            throw RuleViolation.forbidden("not-a-csods-reader", "CSODS cases are for their force's CSODS officers,"
                    + " the IG lead of its area and auditors.");
        }
        ConsolePages.signedIn(actor, model, PATH);
        model.addAttribute("zone", AgreementTerms.ZONE);
        try {
            InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
            Keyset cursor = RequestParameters.cursor(after == null || after.isBlank() ? null : after,
                    CsodsCasePage::after, violations);
            violations.throwIfAny();
            model.addAttribute("page", cases.page(actor, 50, cursor));
        } catch (InvalidRequestException invalid) {
            model.addAttribute("errors", FormErrors.of(invalid, field -> null));
        }
        return "console/csods";
    }
}
