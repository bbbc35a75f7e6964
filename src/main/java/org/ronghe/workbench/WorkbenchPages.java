package org.ronghe.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ronghe.core.work.WorkQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The workbench page (also the signed-in home) and its JSON. */
@Controller
@Tag(name = "Workbench", description = "What waits for the signed-in user")
class WorkbenchPages {

    private final Workbench workbench;
    private final org.ronghe.audit.AuditWords words;

    WorkbenchPages(Workbench workbench, org.ronghe.audit.AuditWords words) {
        this.workbench = workbench;
        this.words = words;
    }

    @GetMapping("/workbench")
    @PreAuthorize("isAuthenticated()")
    String page(Model model, java.util.Locale locale) {
        List<WorkQueue> queues = workbench.queues();
        model.addAttribute("toDo", queues.stream().filter(q -> q.kind() == WorkQueue.Kind.TO_DO).toList());
        model.addAttribute("deadlines", queues.stream().filter(q -> q.kind() == WorkQueue.Kind.DEADLINE).toList());
        model.addAttribute("news", queues.stream().filter(q -> q.kind() == WorkQueue.Kind.NEWS).toList());
        model.addAttribute("recent", words.describeAll(workbench.recentActivity(), locale));
        return "workbench/home";
    }

    @GetMapping("/api/v1/workbench")
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    @Operation(summary = "The caller's queues: things to do, deadlines and news, each with a count and the first items")
    List<WorkQueue> queues() {
        return workbench.queues();
    }
}
