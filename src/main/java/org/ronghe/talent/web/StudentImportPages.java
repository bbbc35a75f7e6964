package org.ronghe.talent.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.talent.imports.StudentImport;
import org.ronghe.talent.imports.StudentImports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Student imports in the browser: upload with the template, the job's progress (polled), its row-by-row report. */
@Controller
class StudentImportPages {

    private static final int SHOWN_PROBLEMS = 500;

    private final StudentImports imports;
    private final Enrolments enrolments;
    private final Directory directory;
    private final PageOutcomes outcomes;

    StudentImportPages(StudentImports imports, Enrolments enrolments, Directory directory, PageOutcomes outcomes) {
        this.imports = imports;
        this.enrolments = enrolments;
        this.directory = directory;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/students/imports")
    @PreAuthorize("@studentAccess.canKeep(#schoolId)")
    String imports(@RequestParam Long schoolId, Model model) {
        model.addAttribute("schoolId", schoolId);
        model.addAttribute("schoolName", name(schoolId));
        model.addAttribute("enrolments", enrolments.of(schoolId));
        model.addAttribute("recent", imports.recent(schoolId));
        model.addAttribute("kinds", StudentImport.Kind.values());
        return "talent/student-imports";
    }

    @PostMapping("/talent/students/imports")
    @PreAuthorize("@studentAccess.canKeep(#schoolId)")
    String start(
            @RequestParam Long schoolId,
            @RequestParam(defaultValue = "") String placement,
            @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "STUDENTS") StudentImport.Kind kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        StudentForm chosen = new StudentForm();
        chosen.setPlacement(placement);
        try (InputStream content = PageOutcomes.open(file)) {
            if (content == null) {
                throw new InvalidInput("file", "file.empty");
            }
            StudentImport job = kind == StudentImport.Kind.STUDENTS
                    ? imports.start(
                            schoolId,
                            chosen.getProgrammeId(),
                            chosen.getCohortId(),
                            file.getOriginalFilename(),
                            content,
                            validOnly)
                    : imports.startInternships(schoolId, file.getOriginalFilename(), content, validOnly);
            return "redirect:/talent/students/imports/" + job.id();
        } catch (InvalidInput | RuleBroken e) {
            redirect.addFlashAttribute("problem", outcomes.problem(e));
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", outcomes.problem(new InvalidInput("file", "file.unreadable")));
        }
        return "redirect:/talent/students/imports?schoolId=" + schoolId;
    }

    @GetMapping("/talent/students/imports/{id}")
    @PreAuthorize("@importAccess.canKeepImport(#id)")
    String job(@PathVariable Long id, Model model) {
        StudentImport job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("schoolName", name(job.schoolId()));
        model.addAttribute("problems", job.running() ? List.of() : imports.problems(id, SHOWN_PROBLEMS));
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
        return "talent/student-import";
    }

    @PostMapping("/talent/students/imports/{id}/import-valid")
    @PreAuthorize("@importAccess.canKeepImport(#id)")
    String importValid(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            return "redirect:/talent/students/imports/"
                    + imports.importValidRows(id).id();
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("problem", outcomes.problem(e));
            return "redirect:/talent/students/imports/" + id;
        }
    }

    private String name(Long organisationId) {
        return directory.names(List.of(organisationId)).get(organisationId);
    }
}
