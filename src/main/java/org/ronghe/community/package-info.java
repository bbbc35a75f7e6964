/**
 * Bodies (行业产教融合共同体, 市域产教联合体, 职业教育集团): their leads, councils, guiding committees, meetings, declared compositions and
 * memberships.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.ronghe.community;
