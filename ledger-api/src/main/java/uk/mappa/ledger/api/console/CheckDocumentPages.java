package uk.mappa.ledger.api.console;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.holdings.CurrentHoldings;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.api.web.ReadsModel;
import uk.mappa.ledger.api.web.RequestParameters;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.agreement.AgreementView;
import uk.mappa.ledger.projections.agreement.FindAgreements;
import uk.mappa.ledger.projections.holdings.SharesOfContentPage;

/**
 * "Check a document": the person picks a file, the browser works out its SHA-256 (the file is never sent), and
 * the shares of that document they may see are listed: who shared it, with whom, when and under which
 * agreement. The same read as the API's {@code GET /api/shares?contentSha256=}.
 */
@Controller
class CheckDocumentPages {

    static final String PATH = "/console/check";

    private final CurrentHoldings holdings;
    private final Queries queries;

    CheckDocumentPages(CurrentHoldings holdings, Queries queries) {
        this.holdings = holdings;
        this.queries = queries;
    }

    @ReadsModel("holdings")
    @GetMapping(PATH)
    String check(@RequestParam(required = false) String contentSha256, @RequestParam(required = false) String after,
                 Actor actor, Model model) {
        ConsolePages.signedIn(actor, model, PATH);
        model.addAttribute("zone", AgreementTerms.ZONE);
        String digest = contentSha256 == null || contentSha256.isBlank() ? null : contentSha256.strip();
        model.addAttribute("contentSha256", digest);
        if (digest == null) {
            return "console/check";
        }
        try {
            InvalidRequestException.Collector violations = new InvalidRequestException.Collector();
            if (!digest.matches(ContentDigest.FORMAT)) {
                violations.add("contentSha256", "Choose the document, or enter its SHA-256 as 64 characters, 0-9 and a-f");
            }
            Keyset cursor = RequestParameters.cursor(after == null || after.isBlank() ? null : after,
                    SharesOfContentPage::after, violations);
            violations.throwIfAny();
            model.addAttribute("page", holdings.sharesOf(actor, new ContentDigest(digest), 50, cursor));
            Map<String, String> agreements = queries.everyPage(FindAgreements.everyPage(null, null)).stream()
                    .collect(Collectors.toMap(AgreementView::id, AgreementView::title, (first, same) -> first));
            model.addAttribute("agreements", agreements);
        } catch (InvalidRequestException invalid) {
            model.addAttribute("errors", FormErrors.of(invalid,
                    field -> field.equals("contentSha256") ? field : null));
        } catch (RuleViolation refused) {
            model.addAttribute("errors", FormErrors.one("contentSha256", refused.detail()));
        }
        return "console/check";
    }
}
