package org.ronghe.docking.web;

import java.io.IOException;
import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.docking.imports.DockingImport;
import org.ronghe.docking.imports.DockingImport.Subject;
import org.ronghe.docking.imports.DockingImportAccess;
import org.ronghe.docking.imports.DockingImports;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing needs and capabilities in the browser: the upload form with its templates, a job's status and report. */
@Controller
class DockingImportPages {

    static final int PROBLEMS_SHOWN = 500;

    private final DockingImports imports;
    private final DockingImportAccess access;
    private final Community community;
    private final Directory directory;
    private final Permissions permissions;
    private final MessageSource messages;

    DockingImportPages(
            DockingImports imports,
            DockingImportAccess access,
            Community community,
            Directory directory,
            Permissions permissions,
            MessageSource messages) {
        this.imports = imports;
        this.access = access;
        this.community = community;
        this.directory = directory;
        this.permissions = permissions;
        this.messages = messages;
    }

    @GetMapping("/docking/imports")
    @PreAuthorize("isAuthenticated()")
    String form(
            @RequestParam(defaultValue = "NEEDS") Subject subject,
            @RequestParam(required = false) Long bodyId,
            Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("bodyId", bodyId);
        List<Long> bodies = permissions.isPlatformAdmin()
                ? community.search("", 0, 100).items().stream().map(b -> b.id()).toList()
                : permissions.bodiesAs(Role.SECRETARIAT);
        List<Long> organisations = permissions.administeredOrganisations();
        java.util.Set<Long> memberBodies = new java.util.LinkedHashSet<>(bodies);
        memberBodies.addAll(community.bodiesOf(organisations));
        model.addAttribute(
                "bodies", memberBodies.stream().map(id -> community.get(id)).toList());
        model.addAttribute("organisations", directory.names(organisations));
        model.addAttribute("imports", imports.mine());
        return "docking/import";
    }

    @PostMapping("/docking/imports")
    @PreAuthorize("isAuthenticated()")
    String upload(
            @RequestParam Subject subject,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            RedirectAttributes redirect)
            throws IOException {
        if (!access.canStart(bodyId, organisationId)) {
            throw new AccessDeniedException("docking import");
        }
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "file.empty");
            }
            DockingImport job = imports.start(
                    access.scope(subject, bodyId, organisationId),
                    file.getOriginalFilename(),
                    file.getInputStream(),
                    validOnly);
            return "redirect:/docking/imports/" + job.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", FormErrors.messages(e, messages));
            return "redirect:/docking/imports?subject=" + subject + (bodyId == null ? "" : "&bodyId=" + bodyId);
        }
    }

    @GetMapping("/docking/imports/{id}")
    @PreAuthorize("@dockingImportAccess.canSee(#id)")
    String job(@PathVariable Long id, Model model) {
        DockingImport job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("problems", job.running() ? List.of() : imports.problems(id, PROBLEMS_SHOWN));
        model.addAttribute("problemsShown", PROBLEMS_SHOWN);
        return "docking/import-job";
    }

    @PostMapping("/docking/imports/{id}/import-valid")
    @PreAuthorize("@dockingImportAccess.canSee(#id)")
    String importValid(@PathVariable Long id) {
        DockingImport rejected = imports.get(id);
        try {
            return "redirect:/docking/imports/"
                    + imports.importValidRows(
                                    id, access.scope(rejected.subject(), rejected.bodyId(), rejected.organisationId()))
                            .id();
        } catch (RuleBroken e) {
            return "redirect:/docking/imports/" + id;
        }
    }
}
