/**
 * Attendance lists and certificates imported from .xlsx on the import engine (ADR 0022): by the session's provider and
 * the certificates' issuer, every row checked, nothing written when one is invalid, the row report free of names and ID
 * numbers, training figures moved by the exact difference.
 */
package org.ronghe.training.imports;
