package org.ronghe.talent.funnel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;

/**
 * Enrolled → interned (an enterprise evaluated the internship) → offered → hired (the employer confirmed), with the
 * confirmed hires that stayed local (the school's city) or in the province. Rates are percentages with one decimal, of
 * the step before; null when the step before is empty.
 */
public record Funnel(long enrolled, long interned, long offered, long hired, long hiredLocal, long hiredInProvince) {

    public static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, 0);

    public static Funnel sum(Collection<Funnel> parts) {
        return parts.stream().reduce(EMPTY, Funnel::plus);
    }

    public Funnel plus(Funnel o) {
        return new Funnel(
                enrolled + o.enrolled,
                interned + o.interned,
                offered + o.offered,
                hired + o.hired,
                hiredLocal + o.hiredLocal,
                hiredInProvince + o.hiredInProvince);
    }

    @JsonProperty
    public Double internRate() {
        return percent(interned, enrolled);
    }

    @JsonProperty
    public Double offerRate() {
        return percent(offered, interned);
    }

    @JsonProperty
    public Double hireRate() {
        return percent(hired, offered);
    }

    @JsonProperty
    public Double localRetention() {
        return percent(hiredLocal, hired);
    }

    @JsonProperty
    public Double provinceRetention() {
        return percent(hiredInProvince, hired);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
