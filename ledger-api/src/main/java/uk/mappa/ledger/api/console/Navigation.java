package uk.mappa.ledger.api.console;

import java.util.ArrayList;
import java.util.List;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;

/** The console's pages a signed-in person may use, decided by the API's access rules: the one navigation. */
record Navigation(List<Link> links) {

    static Navigation of(Actor actor) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("/", "Home", "Who you are signed in as"));
        if (AccessRules.mayRecordShares(actor)) {
            links.add(new Link(RecordSharePages.PATH, "Record a share", "Record what your body shared"));
        }
        if (AccessRules.mayReadAnyHoldings(actor)) {
            links.add(new Link("/console/holdings", "Holdings", "See what a body holds now"));
        }
        if (AccessRules.mayReadAnyCsodsCases(actor)) {
            links.add(new Link(CsodsPages.PATH, "CSODS cases", "See disclosure scheme cases and their time limits"));
        }
        if (AccessRules.mayOverseeArea(actor)) {
            links.add(new Link(DashboardPages.PATH, "Dashboard", "See what needs attention across your area"));
        }
        if (AccessRules.mayAuditTheLedger(actor)) {
            links.add(new Link(AuditorPages.PATH, "Log", "Check the tamper-evident log, export it, rebuild read models"));
        }
        // The shares of a document are found in the same scope as the audit trail: the reader's body, area or all.
        if (AccessRules.mayReadAuditTrail(actor)) {
            links.add(new Link(CheckDocumentPages.PATH, "Check a document", "Find who shared a document you hold"));
            links.add(new Link(AuditPages.PATH, "Audit trail", "Search the audit trail and download it as CSV"));
        }
        return new Navigation(List.copyOf(links));
    }

    /** The pages after Home, for the home page's list of what can be done. */
    public List<Link> pages() {
        return links.subList(1, links.size());
    }

    record Link(String path, String name, String description) {
    }
}
