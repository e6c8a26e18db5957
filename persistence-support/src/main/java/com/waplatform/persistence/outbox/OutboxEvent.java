package com.waplatform.persistence.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One event waiting to be relayed to Kafka. Deleted once the broker acknowledged it; one that can never be published
 * (too large, invalid) is kept, set aside, with the reason.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(nullable = false)
    public String payload;

    /** The trace of the transaction that wrote the event (W3C traceparent); none outside a trace. */
    public String traceparent;

    /** Failed sends so far. */
    @Column(nullable = false)
    public int attempts;

    /** The last send's error, for the platform's staff. */
    @Column(name = "last_error")
    public String lastError;

    /** When the event was set aside as unpublishable; the relay no longer takes it. */
    @Column(name = "dead_lettered_at")
    public OffsetDateTime deadLetteredAt;
}
