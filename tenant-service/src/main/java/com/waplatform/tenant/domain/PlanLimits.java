package com.waplatform.tenant.domain;

/** What a tenant's plan allows. */
public record PlanLimits(int maxConnections, int maxAgents, int messagesPerMonth) {
}
