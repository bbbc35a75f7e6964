/**
 * Imports of needs and capabilities from .xlsx on the import engine (ADR 0022): a template per subject, rows checked by
 * the same rules as a form (the organisation by credit code or name, within what the importer may post for), written in
 * one transaction, then indexed for search; a row report for what was refused.
 */
package org.ronghe.docking.imports;
