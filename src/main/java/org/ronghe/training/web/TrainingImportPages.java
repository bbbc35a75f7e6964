package org.ronghe.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.web.FormErrors;
import org.ronghe.training.courses.CourseBook;
import org.ronghe.training.imports.TrainingImport;
import org.ronghe.training.imports.TrainingImports;
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

/**
 * Importing in the browser: an attendance list from a session's page (its provider's admins), certificates from the
 * certificates page (the issuer's admins); a job's page with its progress and row report.
 */
@Controller
class TrainingImportPages {

    static final int PROBLEMS_SHOWN = 500;

    /** Starts an import of the uploaded file. */
    private interface Starter {
        TrainingImport start(String fileName, InputStream content) throws IOException;
    }

    private final TrainingImports imports;
    private final CourseBook courses;
    private final MessageSource messages;

    TrainingImportPages(TrainingImports imports, CourseBook courses, MessageSource messages) {
        this.imports = imports;
        this.courses = courses;
        this.messages = messages;
    }

    @PostMapping("/trainings/sessions/{id}/attendance-imports")
    @PreAuthorize("@trainingImportAccess.canImportAttendanceFrom(#id)")
    String attendance(
            @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            RedirectAttributes redirect)
            throws IOException {
        Long providerId = courses.session(id).providerId();
        return upload(
                file,
                redirect,
                (name, content) -> imports.startAttendance(providerId, id, name, content, validOnly),
                "redirect:/trainings/sessions/" + id + "#attendance-import");
    }

    @PostMapping("/certificates/imports")
    @PreAuthorize("@trainingImportAccess.canImportFor(#issuerId)")
    String certificates(
            @RequestParam Long issuerId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validOnly,
            RedirectAttributes redirect)
            throws IOException {
        return upload(
                file,
                redirect,
                (name, content) -> imports.startCertificates(issuerId, name, content, validOnly),
                "redirect:/certificates?issuerId=" + issuerId + "#certificate-import");
    }

    @GetMapping("/trainings/imports/{id}")
    @PreAuthorize("@trainingImportAccess.canSee(#id)")
    String job(@PathVariable Long id, Model model) {
        TrainingImport job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("problems", job.running() ? List.of() : imports.problems(id, PROBLEMS_SHOWN));
        model.addAttribute("problemsShown", PROBLEMS_SHOWN);
        return "training/import-job";
    }

    private String upload(MultipartFile file, RedirectAttributes redirect, Starter starter, String back)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "file.empty");
            }
            return "redirect:/trainings/imports/"
                    + starter.start(file.getOriginalFilename(), file.getInputStream())
                            .id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("importProblems", FormErrors.messages(e, messages));
            return back;
        }
    }
}
