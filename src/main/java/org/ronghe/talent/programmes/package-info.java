/** Programmes (订单班, 现代学徒制, named pipelines) and their cohorts: schools and enterprises answering needs. */
@org.springframework.modulith.NamedInterface("programmes")
package org.ronghe.talent.programmes;
