package org.ronghe.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.Regions;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.TooManyRequests;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Industry;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.registration.Registration;
import org.ronghe.registration.RegistrationForm;
import org.ronghe.registration.SelfRegistration;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registration form for visitors, and the verifiers' list and decision pages. */
@Controller
class RegistrationPages {

    static final int PAGE_SIZE = 20;
    static final String LICENCE = "licence";

    private final SelfRegistration registrations;
    private final Optional<MembershipLookup> memberships;
    private final Directory directory;
    private final FileDownloads downloads;
    private final MessageSource messages;

    RegistrationPages(
            SelfRegistration registrations,
            Optional<MembershipLookup> memberships,
            Directory directory,
            FileDownloads downloads,
            MessageSource messages) {
        this.messages = messages;
        this.registrations = registrations;
        this.memberships = memberships;
        this.directory = directory;
        this.downloads = downloads;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute(
                "form",
                new RegistrationForm(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        return formPage(model);
    }

    @PostMapping("/register")
    String submit(
            @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            @RequestParam(name = LICENCE, required = false) MultipartFile licence,
            HttpServletRequest request,
            Model model,
            Locale locale)
            throws IOException {
        if (errors.hasErrors()) { // a choice the binder could not read is shown with why, not submitted as none
            return formPage(model);
        }
        try (InputStream in = licence == null || licence.isEmpty() ? null : licence.getInputStream()) {
            registrations.submit(
                    form, in == null ? null : licence.getOriginalFilename(), in, request.getRemoteAddr(), locale);
            model.addAttribute("submitted", form.withoutPasswords());
            return "registration/submitted";
        } catch (InvalidInput e) {
            List<FieldProblem> own = e.problems().stream()
                    .filter(p -> !LICENCE.equals(p.field()))
                    .toList();
            if (!own.isEmpty()) {
                FormErrors.reject(errors, new InvalidInput(own));
            }
            model.addAttribute(
                    "licenceErrors",
                    e.problems().stream()
                            .filter(p -> LICENCE.equals(p.field()))
                            .map(p -> messages.getMessage(p.code(), p.arguments(), locale))
                            .toList());
        } catch (TooManyRequests e) {
            model.addAttribute("tooMany", true);
        }
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("levels", SchoolLevel.values());
        model.addAttribute("regions", Regions.all());
        model.addAttribute("industries", Industry.all());
        model.addAttribute("bodies", memberships.map(MembershipLookup::bodies).orElse(List.of()));
        return "registration/form";
    }

    @GetMapping("/registrations")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) Registration.Status status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", registrations.page(status, page, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Registration.Status.values());
        return "registration/list";
    }

    @GetMapping("/registrations/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable Long id, Model model) {
        Registration registration = registrations.visible(id);
        model.addAttribute("registration", registration);
        model.addAttribute("sameName", directory.sameName(registration.organisationName()));
        return "registration/show";
    }

    @GetMapping("/registrations/{id}/licence")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Resource> licence(@PathVariable Long id) {
        return downloads.of(registrations.licence(id));
    }

    @PostMapping("/registrations/{id}/verify")
    @PreAuthorize("isAuthenticated()")
    String verify(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            registrations.verify(id, version);
            redirect.addFlashAttribute("decided", "registration.verified");
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("refusal", e.code());
        }
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/reject")
    @PreAuthorize("isAuthenticated()")
    String reject(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            registrations.reject(id, version, reason);
            redirect.addFlashAttribute("decided", "registration.rejected");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("reasonError", e.problems().get(0).code());
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("refusal", e.code());
        }
        return "redirect:/registrations/" + id;
    }
}
