package uk.mappa.ledger.api.console;

import org.springframework.ui.Model;
import uk.mappa.ledger.core.actor.Actor;

/** What the layout needs on every signed-in page: who, the navigation, which of its pages this is, no errors yet. */
final class ConsolePages {

    private ConsolePages() {
    }

    static void signedIn(Actor actor, Model model, String currentPath) {
        model.addAttribute("actor", actor);
        model.addAttribute("navigation", Navigation.of(actor));
        model.addAttribute("currentPath", currentPath);
        model.addAttribute("errors", FormErrors.none());
    }
}
