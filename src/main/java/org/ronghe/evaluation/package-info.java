/**
 * Evaluation (考核评价) and the annual report: indicator frameworks, versioned, whose computed points read the figures the
 * other modules offer ({@link org.ronghe.core.figures.FigureSource}); evaluation cycles per body and year, frozen on
 * submission and graded by the evaluating department; member contributions; the annual quality report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.ronghe.evaluation;
