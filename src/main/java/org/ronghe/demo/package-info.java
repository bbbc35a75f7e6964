/** Demo data: the two bodies described in the seed articles, loaded into an empty platform. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.ronghe.demo;
