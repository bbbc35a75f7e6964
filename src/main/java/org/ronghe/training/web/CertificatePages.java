package org.ronghe.training.web;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.ronghe.directory.Directory;
import org.ronghe.identity.Permissions;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateAccess;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.certificates.CertificateKind;
import org.ronghe.training.enrolments.EnrolmentBook;
import org.ronghe.training.imports.TrainingImport;
import org.ronghe.training.imports.TrainingImports;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Certificates in the browser, for their issuers: the latest an organisation issued, and recording one — for a worker
 * who completed a session (the enrolment named, so that it counts in that body) or for anyone else.
 */
@Controller
class CertificatePages {

    private final CertificateBook book;
    private final CertificateAccess access;
    private final EnrolmentBook enrolments;
    private final Permissions permissions;
    private final Directory directory;
    private final TrainingImports imports;

    CertificatePages(
            CertificateBook book,
            CertificateAccess access,
            EnrolmentBook enrolments,
            Permissions permissions,
            Directory directory,
            TrainingImports imports) {
        this.book = book;
        this.access = access;
        this.enrolments = enrolments;
        this.permissions = permissions;
        this.directory = directory;
        this.imports = imports;
    }

    @GetMapping("/certificates")
    @PreAuthorize("isAuthenticated()")
    String issued(@RequestParam(required = false) Long issuerId, Model model) {
        List<Long> own = permissions.administeredOrganisations();
        Long shown = issuerId != null ? issuerId : own.isEmpty() ? null : own.get(0);
        if (shown != null && !access.canListIssued(shown)) {
            throw new AccessDeniedException("certificates of " + shown);
        }
        List<Certificate> issued = shown == null ? List.of() : book.issuedBy(shown);
        List<Long> named = new ArrayList<>(own);
        if (shown != null) {
            named.add(shown);
        }
        issued.stream()
                .map(Certificate::holderOrganisationId)
                .filter(o -> o != null)
                .forEach(named::add);
        model.addAttribute("issuerId", shown);
        model.addAttribute("issuers", directory.names(own));
        model.addAttribute("names", directory.names(named.stream().distinct().toList()));
        model.addAttribute("certificates", issued);
        model.addAttribute(
                "certificateImports",
                shown == null ? List.of() : imports.recent(TrainingImport.Kind.CERTIFICATES, shown));
        return "training/certificates";
    }

    @GetMapping("/certificates/new")
    @PreAuthorize("@certificateAccess.canListIssued(#issuerId)"
            + " and (#enrolmentId == null or @trainingAccess.canReadEnrolment(#enrolmentId))")
    String form(@RequestParam Long issuerId, @RequestParam(required = false) Long enrolmentId, Model model) {
        CertificateForm form = new CertificateForm();
        form.setIssuerOrganisationId(issuerId);
        if (enrolmentId != null) {
            form.setEnrolmentId(enrolmentId);
            form.setHolderOrganisationId(enrolments.get(enrolmentId).enterpriseId());
        }
        return form(form, model);
    }

    @PostMapping("/certificates")
    @PreAuthorize("@certificateAccess.canListIssued(#form.issuerOrganisationId)")
    String record(
            @ModelAttribute("form") CertificateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            book.record(form.draft());
            redirect.addFlashAttribute("done", "training.done.certificate");
            return "redirect:/certificates?issuerId=" + form.getIssuerOrganisationId();
        } catch (InvalidInput e) {
            FormErrors.rejectOnForm(errors, e);
        } catch (RuleBroken e) { // e.g. too many ID numbers matching no enrolment (IdMatchGuard)
            errors.reject(e.code(), e.arguments(), e.code());
        }
        return form(form, model);
    }

    private String form(CertificateForm form, Model model) {
        List<Long> named = new ArrayList<>(List.of(form.getIssuerOrganisationId()));
        if (form.getHolderOrganisationId() != null) {
            named.add(form.getHolderOrganisationId());
        }
        model.addAttribute("form", form);
        model.addAttribute("names", directory.names(named));
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute(
                "levels",
                java.util.Arrays.stream(CertificateKind.values())
                        .flatMap(k -> k.levels().stream())
                        .toList());
        model.addAttribute("enrolment", form.getEnrolmentId() == null ? null : enrolments.get(form.getEnrolmentId()));
        return "training/certificate-form";
    }
}
