package org.ronghe.core.figures;

import java.util.List;

/**
 * A module's named figures about a body over a period, computed from its confirmed records: what an evaluation
 * framework's computed points are bound to. Each module answers for its own records, so evaluation needs no module's
 * code; a module that lands later offers its figures by adding a source.
 */
public interface FigureSource {

    /** The figures this source offers, whatever the body. */
    List<FigureDefinition> definitions();

    /** Every figure of {@link #definitions()} for the body and period, each with the records behind it. */
    List<Figure> figures(BodyPeriod scope);

    /** The keys of the figures of which this source also gives each organisation's part; none by default. */
    default List<String> contributionKeys() {
        return List.of();
    }

    /** Each organisation's part of the {@link #contributionKeys()} figures for the body and period (no zeros). */
    default List<Contribution> contributions(BodyPeriod scope) {
        return List.of();
    }
}
