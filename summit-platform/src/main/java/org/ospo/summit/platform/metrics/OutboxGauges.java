package org.ospo.summit.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** What every service's outbox holds back: how many events are not yet on Kafka, and since when. */
@ApplicationScoped
public class OutboxGauges {

    @Produces
    @Singleton
    GaugeQuery backlog() {
        return GaugeQuery.single(
                "summit.outbox.backlog",
                "Events written to the outbox and not yet published to Kafka",
                "select count(*) from outbox_event where published_at is null");
    }

    @Produces
    @Singleton
    GaugeQuery oldest() {
        return GaugeQuery.single(
                "summit.outbox.oldest.age.seconds",
                "Age of the oldest event not yet published to Kafka (0 when none waits)",
                "select coalesce(extract(epoch from ($1::timestamptz - min(created_at))), 0) from outbox_event "
                        + "where published_at is null");
    }
}
