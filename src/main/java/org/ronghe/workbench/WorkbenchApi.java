package org.ronghe.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ronghe.core.work.WorkQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workbench as JSON: the signed-in user's pending work, reminders and notices. */
@RestController
@Tag(name = "Workbench", description = "What waits for the signed-in user")
class WorkbenchApi {

    private final Workbench workbench;

    WorkbenchApi(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/api/v1/workbench")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's queues: things to do, deadlines and news, each with a count and the first items")
    List<WorkQueue> queues() {
        return workbench.queues();
    }
}
