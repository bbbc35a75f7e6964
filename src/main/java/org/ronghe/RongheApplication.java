package org.ronghe;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ronghe: the platform on which industry–education integration bodies run. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RongheApplication {

    public static void main(String[] args) {
        // Before anything logs, so that log lines and pages share one zone (see core.ClockConfiguration).
        String zone = System.getenv().getOrDefault("RONGHE_TIME_ZONE", "Asia/Shanghai");
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
        SpringApplication.run(RongheApplication.class, args);
    }
}
