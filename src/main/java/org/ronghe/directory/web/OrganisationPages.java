package org.ronghe.directory.web;

import java.util.List;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationAffiliations;
import org.ronghe.directory.OrganisationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public directory: searchable list and organisation pages with their bodies and roles. */
@Controller
class OrganisationPages {

    private final Directory directory;
    private final List<OrganisationAffiliations> affiliations;

    OrganisationPages(Directory directory, List<OrganisationAffiliations> affiliations) {
        this.directory = directory;
        this.affiliations = affiliations;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganisationType type,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("organisations", directory.search(q, type, page, 20));
        return "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("organisation", directory.get(id));
        model.addAttribute("affiliations", affiliations.stream().flatMap(a -> a.of(id).stream()).toList());
        return "organisations/show";
    }
}
