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
        // Lucene 9.12 takes the JDK's vector API (--add-modules jdk.incubator.vector) up to Java 23 unless told;
        // measured on 25 (README, "Running in production")
        System.getProperties().putIfAbsent("org.apache.lucene.vectorization.upperJavaFeatureVersion", "25");
        SpringApplication.run(RongheApplication.class, args);
    }
}
