/** Sheets of students and internship records imported into a school through the import engine. */
@org.springframework.modulith.NamedInterface("imports")
package org.ronghe.talent.imports;
