package uk.mappa.ledger.api.console;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.mappa.ledger.api.share.Shares;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.projections.share.ShareView;

/**
 * One share as the signed-in person may see it (read from its own events, so it shows a change at once), with
 * what they can do next: download its receipt once sealed, acknowledge receipt for their body.
 */
@Controller
class SharePages {

    private final Shares shares;

    SharePages(Shares shares) {
        this.shares = shares;
    }

    @GetMapping("/console/shares/{id}")
    String share(@PathVariable String id, Actor actor, Model model) {
        ConsolePages.signedIn(actor, model, RecordSharePages.PATH);
        ShareView share = shares.find(id, actor);
        model.addAttribute("share", share);
        model.addAttribute("zone", AgreementTerms.ZONE);
        model.addAttribute("receiptReady", shares.receiptReady(share));
        model.addAttribute("mayAcknowledge", mayAcknowledge(actor, share));
        model.addAttribute("mayDestroy", mayDestroy(actor, share));
        model.addAttribute("destructionReasons", java.util.Arrays.stream(DestructionReason.values())
                .filter(reason -> reason != DestructionReason.WITHDRAWN || "WITHDRAWN".equals(share.status()))
                .map(Enum::name).toList());
        return "console/share";
    }

    @PostMapping("/console/shares/{id}/acknowledgement")
    String acknowledge(@PathVariable String id, Actor actor, Model model) {
        return changed(id, actor, model, "acknowledge", "acknowledged", () -> shares.acknowledge(id, null, actor));
    }

    /** The holder's business manager records that its copy was destroyed, now, for the reason chosen. */
    @PostMapping("/console/shares/{id}/destruction")
    String destroy(@PathVariable String id, @RequestParam(required = false) String reason, Actor actor, Model model) {
        DestructionReason chosen = reason == null ? null : java.util.Arrays.stream(DestructionReason.values())
                .filter(known -> known.name().equals(reason)).findFirst().orElse(null);
        if (chosen == null) {
            String page = share(id, actor, model);
            model.addAttribute("errors", FormErrors.one("reason", "Choose why the copy was destroyed"));
            return page;
        }
        return changed(id, actor, model, "reason", "destroyed", () -> shares.destroy(id, null, chosen, null, actor));
    }

    /**
     * A change to the share, then its page again with what happened; a refusal is shown on the page (one the
     * person may not see stays "Page not found").
     */
    private String changed(String id, Actor actor, Model model, String field, String done, Runnable change) {
        try {
            change.run();
            return "redirect:/console/shares/" + id + "?" + done;
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            String page = share(id, actor, model);
            model.addAttribute("errors", FormErrors.one(field, refused.detail()));
            return page;
        }
    }

    /** The receipt as a file to keep, in the open C2SP tlog-proof format: the same download as the API's. */
    @GetMapping("/console/shares/{id}/receipt.tlog-proof")
    @ResponseBody
    ResponseEntity<String> receipt(@PathVariable String id, Actor actor) {
        return shares.tlogProofDownload(id, actor);
    }

    /** A business manager of a body that holds a copy (received or passed on) and has not recorded destroying it. */
    private static boolean mayDestroy(Actor actor, ShareView share) {
        if (actor.body() == null || !actor.hasRole(Role.BUSINESS_MANAGER)) {
            return false;
        }
        String body = actor.body().value();
        boolean holds = share.recipientBodyIds().contains(body) || share.onwardDisclosures().stream()
                .anyMatch(disclosure -> body.equals(disclosure.thirdPartyBodyId()));
        return holds && share.destructions().stream().noneMatch(destruction -> destruction.bodyId().equals(body));
    }

    /** A recipient's business manager who has not yet acknowledged it; the share's own rule decides the rest. */
    private static boolean mayAcknowledge(Actor actor, ShareView share) {
        return actor.body() != null && actor.hasRole(Role.BUSINESS_MANAGER) && "RECORDED".equals(share.status())
                && share.recipientBodyIds().contains(actor.body().value())
                && share.acknowledgements().stream().noneMatch(receipt -> receipt.bodyId().equals(actor.body().value()));
    }
}
