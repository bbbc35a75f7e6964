/**
 * Precise docking (精准对接): what member enterprises need (technology, training, service), what schools, institutes and
 * enterprises can offer (one catalogue of capabilities), matching that finds one for the other in Chinese text, and the
 * dockings that end in agreements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Docking")
package org.ronghe.docking;
