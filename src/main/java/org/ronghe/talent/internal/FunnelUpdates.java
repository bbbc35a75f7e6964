package org.ronghe.talent.internal;

import org.ronghe.talent.funnel.FunnelFigures;
import org.ronghe.talent.students.StudentEvents.ProgressChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After every event that may change what a student achieved, the funnel's figures count the student again. */
@Component
class FunnelUpdates {

    private final FunnelFigures figures;

    FunnelUpdates(FunnelFigures figures) {
        this.figures = figures;
    }

    @EventListener
    void on(ProgressChanged event) {
        figures.recount(event.studentId());
    }
}
