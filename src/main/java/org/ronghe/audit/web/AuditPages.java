package org.ronghe.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ronghe.audit.AuditRecord;
import org.ronghe.audit.AuditWords;
import org.ronghe.core.PageResult;
import org.ronghe.directory.MembershipLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for platform admins, as a page, as JSON and as .xlsx: filtered by days, actor, action and body;
 * actions, results and subjects in words with links to what they concern. Every export is itself audited.
 */
@Controller
class AuditPages {

    private static final List<String> ACTION_GROUPS = List.of(
            "login",
            "access",
            "account",
            "token",
            "body",
            "membership",
            "roster",
            "organisation",
            "agreement",
            "obligation",
            "talent",
            "personal-data",
            "audit");

    private final AuditSearches searches;
    private final AuditWords words;
    private final Optional<MembershipLookup> memberships;

    AuditPages(AuditSearches searches, AuditWords words, Optional<MembershipLookup> memberships) {
        this.searches = searches;
        this.words = words;
        this.memberships = memberships;
    }

    @GetMapping("/admin/audit")
    String list(
            @ModelAttribute("filter") AuditFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        PageResult<AuditRecord> found = searches.search(filter, page, 50);
        model.addAttribute("records", found);
        model.addAttribute("rows", words.describeAll(found.items(), locale));
        model.addAttribute("groups", ACTION_GROUPS);
        model.addAttribute("bodies", memberships.map(MembershipLookup::bodies).orElse(List.of()));
        return "admin/audit";
    }
}
