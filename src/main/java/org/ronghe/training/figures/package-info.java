/**
 * The training dashboard's read model: completions (person-times and hours) and certificates by body, month and party,
 * moved by the exact difference of each record's contribution before and after it changed (ADR 0038).
 */
package org.ronghe.training.figures;
