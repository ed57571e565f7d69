package uk.mappa.ledger.api.console;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.mappa.ledger.api.access.ReadAccess;
import uk.mappa.ledger.api.admin.Projections;
import uk.mappa.ledger.api.ledger.LogExport;
import uk.mappa.ledger.log.LogProofs;
import uk.mappa.ledger.api.ledger.VerificationRuns;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementTerms;

/**
 * The auditor's page: the log's latest signed tree head, a check of the whole live log that shows its progress
 * and verdict, the export to check offline, and the read models with their progress and rebuilding.
 */
@Controller
class AuditorPages {

    static final String PATH = "/console/log";

    private final LogProofs proofs;
    private final VerificationRuns verifications;
    private final LogExport export;
    private final Projections projections;

    AuditorPages(LogProofs proofs, VerificationRuns verifications, LogExport export, Projections projections) {
        this.proofs = proofs;
        this.verifications = verifications;
        this.export = export;
        this.projections = projections;
    }

    @GetMapping(PATH)
    String log(Actor actor, Model model) {
        ReadAccess.requireAuditor(actor);
        ConsolePages.signedIn(actor, model, PATH);
        model.addAttribute("treeHead", proofs.latestTreeHead().orElse(null));
        model.addAttribute("verification", verifications.latest(actor).orElse(null));
        model.addAttribute("projections", projections.list(actor));
        model.addAttribute("zone", AgreementTerms.ZONE);
        return "console/log";
    }

    @PostMapping(PATH + "/verification")
    String verify(Actor actor) {
        verifications.start(actor);
        return "redirect:" + PATH + "#verification";
    }

    /** How far the check has got, for the page to follow it in place. */
    @GetMapping(path = PATH + "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<VerificationRuns.Run> verification(Actor actor) {
        return ResponseEntity.of(verifications.latest(actor));
    }

    @GetMapping(PATH + "/export.jsonl")
    @ResponseBody
    ResponseEntity<StreamingResponseBody> export(Actor actor) {
        return export.download(actor);
    }

    @PostMapping("/console/projections/{name}/replay")
    String replay(@PathVariable String name, Actor actor) {
        projections.replay(name, actor);
        return "redirect:" + PATH + "?replaying=" + name + "#projections";
    }
}
