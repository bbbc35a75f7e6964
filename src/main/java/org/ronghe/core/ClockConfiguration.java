package org.ronghe.core;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's clock, one bean so that tests can move time. Days and times are those of {@code ronghe.time-zone}
 * (Asia/Shanghai unless configured): "today" for a joining date, and the times pages show. The JVM's default zone is
 * set to it too, because templates format instants in that zone; the database stores instants in UTC regardless
 * ({@code hibernate.jdbc.time_zone}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${ronghe.time-zone:Asia/Shanghai}") ZoneId zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return Clock.system(zone);
    }
}
