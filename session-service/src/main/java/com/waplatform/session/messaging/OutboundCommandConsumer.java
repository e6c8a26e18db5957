package com.waplatform.session.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.session.service.DispatchWorker;
import com.waplatform.session.service.ReadReceipts;
import com.waplatform.session.service.SendQueue;
import com.waplatform.session.service.SendQueue.Command;
import com.waplatform.web.TenantDirectory;
import com.waplatform.web.resilience.ConsumerRetry;
import com.waplatform.persistence.tracing.TraceParent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code message.outbound} in batches: the commands are stored in the send queue (once per message id)
 * in one transaction, and the batch is acknowledged after the commit; the queue's worker sends them within each
 * number's limits. An unreadable record is logged and skipped, never retried forever; commands of a purged tenant
 * still on their way when its data went are dropped. While the database is unavailable the batch is retried (the
 * channel pauses, nothing is acknowledged), so an accepted send is never lost.
 */
@ApplicationScoped
public class OutboundCommandConsumer {

    private static final Logger LOG = Logger.getLogger(OutboundCommandConsumer.class);

    private final ObjectMapper objectMapper;
    private final SendQueue queue;
    private final DispatchWorker worker;
    private final ReadReceipts receipts;
    private final TenantDirectory tenants;
    private final ConsumerRetry retry;

    public OutboundCommandConsumer(ObjectMapper objectMapper, SendQueue queue, DispatchWorker worker,
            ReadReceipts receipts, TenantDirectory tenants, ConsumerRetry retry) {
        this.tenants = tenants;
        this.retry = retry;
        this.receipts = receipts;
        this.objectMapper = objectMapper;
        this.queue = queue;
        this.worker = worker;
    }

    @Incoming("message-outbound")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        List<Command> commands = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                EventEnvelope envelope = objectMapper.readValue(record.value(), EventEnvelope.class);
                if (tenants.purged(envelope.tenantId())) {
                    LOG.debugf("%s of purged tenant %s dropped", envelope.type(), envelope.tenantId());
                } else if (EventTypes.MESSAGE_SEND_REQUESTED.equals(envelope.type())) {
                    JsonNode p = envelope.payload();
                    commands.add(new Command(envelope.tenantId(), UUID.fromString(envelope.connectionId()),
                            UUID.fromString(p.path("messageId").asText()), p.toString(),
                            p.path("to").asText().replaceAll("\\D", ""), TraceParent.of(record.headers())));
                } else if (EventTypes.MESSAGE_READ_REQUESTED.equals(envelope.type())) {
                    JsonNode p = envelope.payload();
                    receipts.give(envelope.tenantId(), UUID.fromString(envelope.connectionId()),
                            p.path("providerMessageId").asText(), p.path("from").asText());
                }
            } catch (Exception e) {
                // the type only: a parser's message may quote the command's text
                LOG.warnf("skipping an unreadable send command (%s)", e.getClass().getName());
            }
        }
        if (commands.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return retry.untilDone("send commands", () -> queue.enqueue(commands)).invoke(added -> {
            if (added > 0) {
                worker.wakeUp();
            }
        }).replaceWithVoid();
    }
}
