package uk.mappa.ledger.api.console;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.api.share.Shares;
import uk.mappa.ledger.api.web.InvalidRequestException;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementStatus;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Descriptor;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.ServiceDevelopmentPurpose;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.projections.agreement.AgreementView;
import uk.mappa.ledger.projections.agreement.FindAgreements;
import uk.mappa.ledger.projections.register.BodyView;
import uk.mappa.ledger.projections.register.ListBodies;
import uk.mappa.ledger.projections.share.ShareView;

/**
 * "Record a share", one question a page: who it went to and what it was, then the agreement it went under
 * (only those in force that name every body and cover the category are offered), then the details, with
 * only the lawful bases of that agreement and only valid markings. The document's SHA-256 is worked out by the
 * browser; the document is never sent. What is recorded goes through the same {@link Shares} as the API.
 */
@Controller
class RecordSharePages {

    static final String PATH = "/console/shares/new";

    private final Queries queries;
    private final Shares shares;
    private final Validator validator;

    RecordSharePages(Queries queries, Shares shares, Validator validator) {
        this.queries = queries;
        this.shares = shares;
        this.validator = validator;
    }

    /**
     * @param answered the question the form just answered (its answers are then checked)
     * @param change   a question to ask again, from a "Change" link
     */
    @GetMapping(PATH)
    String ask(@ModelAttribute("form") ShareForm form, @RequestParam(required = false) String answered,
               @RequestParam(required = false) String change, Actor actor, Model model) {
        ShareOffer offer = offerFor(actor, model);
        if ("recipients".equals(change) || !form.hasRecipientsAndCategory()) {
            if ("recipients".equals(answered)) {
                model.addAttribute("errors", form.missingRecipientsOrCategory());
            }
            return "console/share-recipients";
        }
        FormErrors unoffered = offer.check(form);
        if (unoffered.any()) {
            model.addAttribute("errors", unoffered);
            return "console/share-recipients";
        }
        List<AgreementView> covering = offer.covering(form);
        model.addAttribute("covering", covering);
        AgreementView agreement = covering.stream().filter(a -> a.id().equals(form.agreementId())).findFirst()
                .orElse(null);
        if ("agreement".equals(change) || agreement == null) {
            if ("agreement".equals(answered)) {
                model.addAttribute("errors", FormErrors.one("agreementId",
                        "Choose the agreement the information was shared under"));
            }
            return "console/share-agreement";
        }
        return details(agreement, model);
    }

    @PostMapping("/console/shares")
    String record(@ModelAttribute("form") ShareForm form, Actor actor, Model model) {
        ShareOffer offer = offerFor(actor, model);
        FormErrors unoffered = offer.check(form);
        AgreementView agreement = offer.covering(form).stream()
                .filter(a -> a.id().equals(form.agreementId())).findFirst().orElse(null);
        if (!form.hasRecipientsAndCategory() || unoffered.any() || agreement == null) {
            // Only a form changed by hand gets here; begin again from the first question.
            model.addAttribute("errors", unoffered.any() ? unoffered : FormErrors.one("recipientBodyIds",
                    "Choose who the information went to, what it was and the agreement it went under"));
            return "console/share-recipients";
        }
        FormErrors missing = form.missingDetails();
        if (missing.any()) {
            model.addAttribute("errors", missing);
            return details(agreement, model);
        }
        try {
            var request = form.toRequest(actor);
            InvalidRequestException.requireValid(validator, request);
            ShareView share = shares.record(request, actor);
            return "redirect:/console/shares/" + share.id() + "?recorded";
        } catch (InvalidRequestException invalid) {
            model.addAttribute("errors", FormErrors.of(invalid, RecordSharePages::fieldOf));
        } catch (RuleViolation refused) {
            model.addAttribute("errors", FormErrors.one(fieldFor(refused.code()), refused.detail()));
        }
        return details(agreement, model);
    }

    private String details(AgreementView agreement, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("lawfulBases", agreement.lawfulBases().stream()
                .map(basis -> new Choice(basis, LawfulBasis.valueOf(basis).citation())).toList());
        model.addAttribute("markings", List.of(new Choice("OFFICIAL", "OFFICIAL"),
                new Choice("OFFICIAL_SENSITIVE", "OFFICIAL-SENSITIVE"), new Choice("SECRET", "SECRET"),
                new Choice("TOP_SECRET", "TOP SECRET")));
        model.addAttribute("descriptors", Arrays.stream(Descriptor.values()).map(Enum::name).toList());
        model.addAttribute("servicePurposes", Arrays.stream(ServiceDevelopmentPurpose.values()).map(Enum::name)
                .toList());
        return "console/share-details";
    }

    /** What the actor may be offered: the agreements in force naming their body, and the bodies and categories in them. */
    private ShareOffer offerFor(Actor actor, Model model) {
        if (!AccessRules.mayRecordShares(actor)) {
            throw RuleViolation.forbidden("not-a-recorder", "Only a business manager (or an SMB's MAPPA"
                    + " co-ordinator) records what their body shared.");
        }
        ConsolePages.signedIn(actor, model, PATH);
        String own = actor.body().value();
        List<AgreementView> inForce = queries.everyPage(FindAgreements.everyPage(actor.body(), null)).stream()
                .filter(agreement -> agreement.status().equals(AgreementStatus.ACTIVE.name())).toList();
        Set<String> parties = inForce.stream().flatMap(agreement -> agreement.parties().stream())
                .filter(party -> !party.equals(own)).collect(Collectors.toSet());
        List<BodyView> register = queries.ask(new ListBodies());
        Map<String, String> names = new LinkedHashMap<>();
        register.stream()
                .filter(body -> parties.contains(body.id()) && body.status().equals("ACTIVE"))
                .sorted(java.util.Comparator.comparing(BodyView::name))
                .forEach(body -> names.put(body.id(), body.name()));
        // A co-ordinator records an SMB's strategic information only (the share's own rule, offered here).
        Predicate<Category> recordable = actor.hasRole(Role.BUSINESS_MANAGER) ? category -> true : Category::isStrategic;
        List<Choice> categories = Arrays.stream(Category.values()).filter(recordable)
                .filter(category -> inForce.stream().anyMatch(a -> a.categories().contains(category.name())))
                .map(category -> new Choice(category.name(), capitalised(category.description()))).toList();
        ShareOffer offer = new ShareOffer(inForce, names, categories);
        model.addAttribute("bodies", names);
        model.addAttribute("categories", categories);
        model.addAttribute("bodyNames", register.stream()
                .collect(Collectors.toMap(BodyView::id, BodyView::name, (first, same) -> first)));
        return offer;
    }

    /** The page's field for one the API names: the request's three kinds of linked record are one question here. */
    private static String fieldOf(String apiField) {
        String field = apiField.replaceAll("[.\\[].*", "");
        return switch (field) {
            case "handlingArrangementId", "caseReviewId", "minutesRequestId" -> "linkedRecordId";
            case "recipientBodyIds", "category", "agreementId", "title", "lawfulBasis", "marking", "purpose",
                 "contentSha256" -> field;
            default -> null;
        };
    }

    /** The field a refusal is about, by its stable code; one about the whole share links to the title. */
    static String fieldFor(String code) {
        if (code.contains("marking")) {
            return "marking";
        }
        if (code.contains("lawful-basis")) {
            return "lawfulBasis";
        }
        if (code.contains("purpose")) {
            return "purpose";
        }
        if (code.contains("arrangement") || code.contains("review") || code.contains("minutes")
                || code.contains("link") || code.contains("executive-summary") || code.contains("chairing")
                || code.contains("requester")) {
            return "linkedRecordId";
        }
        return "title";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A radio or checkbox: the value sent and what the person reads. */
    public record Choice(String value, String label) {
    }

}
