package com.waplatform.persistence.outbox;

/**
 * An outbox event set aside because it can never be published, announced (asynchronous CDI event, after the
 * relay's transaction committed) so that the service that wrote it can tell the people waiting for it, e.g. fail
 * the message whose send command it was.
 *
 * @param tenantId the record key: the tenant the event belongs to
 */
public record OutboxDeadLetter(long id, String topic, String tenantId, String payload, String reason) {
}
