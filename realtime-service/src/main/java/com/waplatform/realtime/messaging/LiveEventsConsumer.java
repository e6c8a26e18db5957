package com.waplatform.realtime.messaging;

import com.waplatform.realtime.resume.EventLog;
import com.waplatform.realtime.resume.EventStream;
import com.waplatform.realtime.service.TenantSockets;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Fans {@code conversation.events} and {@code session.events} out to the sockets of each event's tenant (every
 * instance reads every event, from the end, committing nothing). The record's offset is the event's position in
 * its tenant's history; who of the tenant sees it is the event's {@link com.waplatform.realtime.resume.Audience}.
 */
@ApplicationScoped
public class LiveEventsConsumer {

    private static final Logger LOG = Logger.getLogger(LiveEventsConsumer.class);

    private final TenantSockets sockets;
    private final EventLog log;

    public LiveEventsConsumer(TenantSockets sockets, EventLog log) {
        this.sockets = sockets;
        this.log = log;
    }

    @Incoming("conversation-events")
    public void onConversationEvent(ConsumerRecord<String, String> record) {
        fanOut(EventStream.CONVERSATION, record);
    }

    @Incoming("session-events")
    public void onSessionEvent(ConsumerRecord<String, String> record) {
        fanOut(EventStream.SESSION, record);
    }

    private void fanOut(EventStream stream, ConsumerRecord<String, String> record) {
        String tenantId = record.key();
        if (tenantId == null || record.value() == null) {
            LOG.warnf("skipping a record without tenant key or value (%s-%d@%d)", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        if (!log.expected(stream, tenantId, record.partition())) {
            // partitions were added: this tenant's history moved, positions given so far mean nothing
            LOG.warnf("events of tenant %s now come from partition %d of %s; its sockets reconnect and resync",
                    tenantId, record.partition(), record.topic());
            sockets.closeTenant(tenantId, "The event history changed; reconnect");
        }
        log.event(stream, record.offset(), record.value(), tenantId).ifPresentOrElse(
                event -> {
                    sockets.broadcast(tenantId, event);
                    LOG.infof("%s event %d of tenant %s handed to its sockets", stream, record.offset(), tenantId);
                },
                () -> LOG.warnf("skipping an unreadable event (%s-%d@%d)", record.topic(), record.partition(),
                        record.offset()));
    }
}
