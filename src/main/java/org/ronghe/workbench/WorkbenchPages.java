package org.ronghe.workbench;

import java.util.List;
import java.util.Locale;
import org.ronghe.audit.AuditWords;
import org.ronghe.core.work.WorkQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench page, also the signed-in home (the same queues as JSON: {@link WorkbenchApi}). */
@Controller
class WorkbenchPages {

    private final Workbench workbench;
    private final AuditWords words;

    WorkbenchPages(Workbench workbench, AuditWords words) {
        this.workbench = workbench;
        this.words = words;
    }

    @GetMapping("/workbench")
    @PreAuthorize("isAuthenticated()")
    String page(Model model, Locale locale) {
        List<WorkQueue> queues = workbench.queues();
        model.addAttribute(
                "toDo",
                queues.stream().filter(q -> q.kind() == WorkQueue.Kind.TO_DO).toList());
        model.addAttribute(
                "deadlines",
                queues.stream().filter(q -> q.kind() == WorkQueue.Kind.DEADLINE).toList());
        model.addAttribute(
                "news",
                queues.stream().filter(q -> q.kind() == WorkQueue.Kind.NEWS).toList());
        model.addAttribute("recent", words.describeAll(workbench.recentActivity(), locale));
        return "workbench/home";
    }
}
