package org.ronghe.community.web;

import java.io.IOException;
import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.community.Membership;
import org.ronghe.community.roster.RosterImport;
import org.ronghe.community.roster.RosterImports;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster page: template, upload with a report per row, import of the valid rows, export. */
@Controller
@PreAuthorize("@permissions.canManageBody(#id)")
class RosterPages {

    static final int PROBLEMS_SHOWN = 500;

    private final RosterImports imports;
    private final Community community;
    private final MessageSource messages;

    RosterPages(RosterImports imports, Community community, MessageSource messages) {
        this.imports = imports;
        this.community = community;
        this.messages = messages;
    }

    @GetMapping("/bodies/{id}/manage/roster")
    String page(@PathVariable Long id, Model model) {
        model.addAttribute("body", community.get(id));
        model.addAttribute("imports", imports.recent(id));
        model.addAttribute("statuses", Membership.Status.values());
        return "bodies/roster";
    }

    @PostMapping("/bodies/{id}/roster-imports")
    String upload(
            @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "file.empty");
            }
            RosterImport job = imports.start(id, file.getOriginalFilename(), file.getInputStream(), validOnly);
            return "redirect:/bodies/" + id + "/roster-imports/" + job.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", FormErrors.messages(e, messages));
            return "redirect:/bodies/" + id + "/manage/roster";
        }
    }

    @GetMapping("/bodies/{id}/roster-imports/{importId}")
    String job(@PathVariable Long id, @PathVariable Long importId, Model model) {
        RosterImport job = imports.get(id, importId);
        model.addAttribute("body", community.get(id));
        model.addAttribute("job", job);
        model.addAttribute("problems", job.running() ? List.of() : imports.problems(id, importId, PROBLEMS_SHOWN));
        model.addAttribute("problemsShown", PROBLEMS_SHOWN);
        return "bodies/roster-import";
    }

    @PostMapping("/bodies/{id}/roster-imports/{importId}/import-valid")
    String importValid(@PathVariable Long id, @PathVariable Long importId, RedirectAttributes redirect) {
        try {
            return "redirect:/bodies/" + id + "/roster-imports/"
                    + imports.importValidRows(id, importId).id();
        } catch (RuleBroken e) {
            return "redirect:/bodies/" + id + "/roster-imports/" + importId;
        }
    }
}
