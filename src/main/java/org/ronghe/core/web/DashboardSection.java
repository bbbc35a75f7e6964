package org.ronghe.core.web;

import java.util.Optional;

/**
 * A module's section on a body's dashboard (the agreement module draws the page): which fragment shows it and what it
 * shows. The fragment is called as {@code ~{template :: panel(data, bodyId)}}. Modules answer empty for a reader who
 * may not see their figures.
 */
public interface DashboardSection {

    /** The section for the body, as the signed-in reader may see it. */
    Optional<Panel> panel(Long bodyId);

    /** A template holding a fragment {@code panel(data, bodyId)}, and the data it draws. */
    record Panel(String template, Object data) {}
}
