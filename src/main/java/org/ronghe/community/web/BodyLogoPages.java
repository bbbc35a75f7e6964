package org.ronghe.community.web;

import java.io.IOException;
import java.util.Locale;
import org.ronghe.community.BodyLogos;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.web.FileDownloads;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A body's logo: public to look at (like the body's page), changed by its secretariat on the edit page. */
@Controller
class BodyLogoPages {

    private final BodyLogos logos;
    private final FileDownloads downloads;
    private final MessageSource messages;

    BodyLogoPages(BodyLogos logos, FileDownloads downloads, MessageSource messages) {
        this.logos = logos;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/bodies/{id}/logo")
    ResponseEntity<Resource> logo(@PathVariable Long id) {
        return downloads.image(logos.of(id).orElseThrow(() -> new NotFound("logo", id)));
    }

    @PostMapping("/bodies/{id}/logo")
    @PreAuthorize("@permissions.canManageBody(#id)")
    String change(
            @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "body.logo.required");
            }
            logos.change(id, file.getOriginalFilename(), file.getInputStream());
            redirect.addFlashAttribute("logoSaved", true);
        } catch (InvalidInput e) {
            FieldProblem problem = e.problems().get(0);
            redirect.addFlashAttribute("logoError", messages.getMessage(problem.code(), problem.arguments(), locale));
        }
        return "redirect:/bodies/" + id + "/edit#logo";
    }

    @PostMapping("/bodies/{id}/logo/remove")
    @PreAuthorize("@permissions.canManageBody(#id)")
    String remove(@PathVariable Long id, RedirectAttributes redirect) {
        logos.remove(id);
        redirect.addFlashAttribute("logoSaved", true);
        return "redirect:/bodies/" + id + "/edit#logo";
    }
}
