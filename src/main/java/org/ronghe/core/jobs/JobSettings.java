package org.ronghe.core.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Background jobs (imports) of one node, under {@code ronghe.jobs.*}.
 *
 * @param concurrency jobs at work at once on this node; each reads, checks and writes on three threads
 * @param queue jobs waiting on this node; beyond that a new one is refused with "busy, try again"
 * @param heartbeat how often a node says its jobs are alive
 * @param abandonedAfter a job whose node has been silent this long is failed as interrupted
 * @param sheetRetention how long the uploaded sheet of a rejected import is kept for "import the valid rows"; sheets of
 *     jobs that ended otherwise are deleted at once
 */
@ConfigurationProperties("ronghe.jobs")
public record JobSettings(
        Integer concurrency, Integer queue, Duration heartbeat, Duration abandonedAfter, Duration sheetRetention) {

    public JobSettings {
        concurrency = concurrency == null ? 2 : concurrency;
        queue = queue == null ? 20 : queue;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(2) : abandonedAfter;
        sheetRetention = sheetRetention == null ? Duration.ofHours(24) : sheetRetention;
    }
}
