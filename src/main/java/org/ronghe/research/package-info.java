/**
 * Joint research (协同研发): projects of a body's members under an agreement or from a docking, with the parties' roles and
 * budgets, and funding tranches that count as received only when the payee confirms them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Research")
package org.ronghe.research;
