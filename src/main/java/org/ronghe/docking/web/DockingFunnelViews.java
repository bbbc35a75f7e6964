package org.ronghe.docking.web;

import java.util.List;
import java.util.Map;
import org.ronghe.directory.Directory;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.dockings.DockingFunnel;
import org.ronghe.docking.dockings.DockingFunnel.Stage;
import org.springframework.stereotype.Component;

/** The docking funnel as pages and the API show it: the figures, and the needs behind one with their owners named. */
@Component
class DockingFunnelViews {

    /** How many needs behind a figure are listed at most. */
    static final int LINES = 200;

    private final DockingFunnel funnel;
    private final DemandAccess demands;
    private final Directory directory;

    DockingFunnelViews(DockingFunnel funnel, DemandAccess demands, Directory directory) {
        this.funnel = funnel;
        this.demands = demands;
        this.directory = directory;
    }

    /** A need behind a figure, with its owner's name. */
    record NeedLine(
            Long needId, String title, String kind, String industrySection, String status, String organisationName) {}

    /** The needs behind a figure: how many there are in all, and those the reader may see (at most 200). */
    record NeedLines(long total, List<NeedLine> items) {}

    DockingFunnel.Figures figures(Long bodyId) {
        return funnel.of(bodyId);
    }

    NeedLines needs(Long bodyId, Stage stage, String kind, String industry) {
        DockingFunnel.Lines lines =
                funnel.needs(bodyId, stage, blank(kind), blank(industry), demands.audience(), LINES);
        Map<Long, String> names = directory.names(lines.items().stream()
                .map(DockingFunnel.Line::organisationId)
                .distinct()
                .toList());
        return new NeedLines(
                lines.total(),
                lines.items().stream()
                        .map(l -> new NeedLine(
                                l.needId(),
                                l.title(),
                                l.kind(),
                                l.industrySection(),
                                l.status(),
                                names.get(l.organisationId())))
                        .toList());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
