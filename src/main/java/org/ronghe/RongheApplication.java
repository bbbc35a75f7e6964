package org.ronghe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Ronghe: the platform on which industry–education integration bodies run. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RongheApplication {

    public static void main(String[] args) {
        SpringApplication.run(RongheApplication.class, args);
    }
}
