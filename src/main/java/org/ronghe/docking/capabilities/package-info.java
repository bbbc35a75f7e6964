/**
 * The one catalogue of capabilities (能力清单): results, patents, labs, experts, majors, courses and services that schools,
 * institutes and enterprises offer; later modules add their items here rather than keep a second one.
 */
@org.springframework.modulith.NamedInterface("capabilities")
package org.ronghe.docking.capabilities;
