/** Projects, their parties and funding tranches, milestones and outputs; planned by the demo too. */
@org.springframework.modulith.NamedInterface("projects")
package org.ronghe.research.projects;
