package org.ronghe.docking.web;

import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Industry;
import org.ronghe.docking.products.CoreProductAccess;
import org.ronghe.docking.products.CoreProductBook;
import org.ronghe.docking.products.CoreProductDraft;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Core products in the browser: a body's list (or an organisation's), listing, revising, removing; and partners. */
@Controller
class ProductPages {

    private final CoreProductBook book;
    private final CoreProductAccess access;
    private final ProductViews views;
    private final Community community;
    private final PageOutcomes outcomes;

    ProductPages(
            CoreProductBook book,
            CoreProductAccess access,
            ProductViews views,
            Community community,
            PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.views = views;
        this.community = community;
        this.outcomes = outcomes;
    }

    @GetMapping("/docking/products")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Map<Long, String> kept = views.keptOrganisations();
        if (bodyId == null && organisationId == null && kept.size() == 1) {
            organisationId = kept.keySet().iterator().next();
        }
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("q", q);
        model.addAttribute("bodies", community.choosable());
        model.addAttribute("kept", kept);
        model.addAttribute("products", views.find(bodyId, organisationId, q, page, 20));
        return "docking/products";
    }

    @GetMapping("/docking/products/new")
    @PreAuthorize("isAuthenticated()")
    String blank(@RequestParam(required = false) Long organisationId, Model model) {
        return form(new CoreProductDraft(organisationId, null, null, null, null), null, null, model);
    }

    @GetMapping("/docking/products/{id}/edit")
    @PreAuthorize("@coreProductAccess.canEdit(#id)")
    String edit(@PathVariable Long id, Model model) {
        var product = book.get(id);
        return form(product.draft(), id, product.version(), model);
    }

    @PostMapping("/docking/products")
    @PreAuthorize("isAuthenticated()")
    String create(
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String technologies,
            Model model,
            RedirectAttributes redirect) {
        CoreProductDraft terms = new CoreProductDraft(organisationId, name, description, industry, technologies);
        if (organisationId != null && !access.canKeep(organisationId)) {
            throw new AccessDeniedException("core product");
        }
        try {
            book.list(terms);
        } catch (InvalidInput | RuleBroken e) {
            model.addAttribute("problem", outcomes.problem(e));
            return form(terms, null, null, model);
        }
        redirect.addFlashAttribute("done", "docking.product.done.listed");
        return "redirect:/docking/products?organisationId=" + organisationId;
    }

    @PostMapping("/docking/products/{id}")
    @PreAuthorize("@coreProductAccess.canEdit(#id)")
    String revise(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String technologies,
            Model model,
            RedirectAttributes redirect) {
        Long organisationId = book.get(id).organisationId();
        CoreProductDraft terms = new CoreProductDraft(organisationId, name, description, industry, technologies);
        if (!outcomes.attempt(redirect, "docking.product.done.revised", () -> book.revise(id, version, terms))) {
            return "redirect:/docking/products/" + id + "/edit";
        }
        return "redirect:/docking/products?organisationId=" + organisationId;
    }

    @PostMapping("/docking/products/{id}/delete")
    @PreAuthorize("@coreProductAccess.canEdit(#id)")
    String remove(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        Long organisationId = book.get(id).organisationId();
        outcomes.attempt(redirect, "docking.product.done.removed", () -> book.remove(id, version));
        return "redirect:/docking/products?organisationId=" + organisationId;
    }

    @GetMapping("/docking/partners")
    @PreAuthorize("isAuthenticated()")
    String partners(@RequestParam(required = false) Long organisationId, Model model) {
        Map<Long, String> kept = views.keptOrganisations();
        Long shown = organisationId != null
                ? organisationId
                : kept.keySet().stream().findFirst().orElse(null);
        if (shown != null && !access.canKeep(shown)) {
            throw new AccessDeniedException("partners");
        }
        model.addAttribute("kept", kept);
        model.addAttribute("organisationId", shown);
        model.addAttribute("partners", shown == null ? List.of() : views.partners(shown, 20));
        return "docking/partners";
    }

    private String form(CoreProductDraft terms, Long id, Long version, Model model) {
        model.addAttribute("terms", terms);
        model.addAttribute("productId", id);
        model.addAttribute("version", version);
        model.addAttribute("kept", views.keptOrganisations());
        model.addAttribute("industries", Industry.all());
        return "docking/product-form";
    }
}
