/**
 * The R&D dashboard's read model: money committed, declared and confirmed, transfers and their value, outputs by kind —
 * by body, month and party, moved by the exact difference of each record's contribution before and after it changed
 * (ADR 0039); and the records behind each figure.
 */
package org.ronghe.research.figures;
