package com.waplatform.session.service;

import com.waplatform.contracts.BotSwitch;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.service.EvolutionOnboarding.Pairing;
import com.waplatform.web.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What a tenant admin does to an existing connection: rename, enable/disable, pace, switch its bot, reconnect,
 * delete.
 */
@ApplicationScoped
public class ConnectionLifecycle {

    /** The fields a PATCH may change; null means "leave as is". */
    public record Changes(String name, Boolean enabled, Integer sendRatePerSecond, BotSwitch bot) {
    }

    private final ConnectionService connections;
    private final EvolutionOnboarding evolution;
    private final CloudApiOnboarding cloudApi;

    public ConnectionLifecycle(ConnectionService connections, EvolutionOnboarding evolution,
            CloudApiOnboarding cloudApi) {
        this.connections = connections;
        this.evolution = evolution;
        this.cloudApi = cloudApi;
    }

    public Uni<Connection> update(Actor actor, String tenantId, UUID id, Changes changes) {
        boolean[] enabledNow = {false};
        return connections.change(actor, tenantId, id, "connection.update", c -> {
            boolean changed = false;
            if (changes.name() != null && !changes.name().strip().equals(c.name)) {
                c.name = changes.name().strip();
                changed = true;
            }
            if (changes.sendRatePerSecond() != null && !changes.sendRatePerSecond().equals(c.sendRatePerSecond)) {
                c.sendRatePerSecond = changes.sendRatePerSecond();
                changed = true;
            }
            if (changes.bot() != null && changes.bot() != c.bot) {
                c.bot = changes.bot();
                changed = true;
            }
            if (changes.enabled() != null && changes.enabled() != c.enabled) {
                c.enabled = changes.enabled();
                c.reconnectAt = null;
                if (c.enabled) {
                    enabledNow[0] = true;
                    c.changeState(c.type == ConnectionType.CLOUD_API ? ConnectionState.OPEN
                            : ConnectionState.CONNECTING, c.type == ConnectionType.CLOUD_API ? null
                            : "Enabled; checking the connection");
                } else {
                    c.changeState(ConnectionState.DISABLED, "Disabled by an administrator; sends are refused");
                }
                changed = true;
            }
            return changed;
        }).flatMap(c -> enabledNow[0] && c.type == ConnectionType.EVOLUTION ? evolution.refresh(actor, c)
                : Uni.createFrom().item(c));
    }

    public Uni<Pairing> reconnect(Actor actor, String tenantId, UUID id) {
        return connections.get(tenantId, id).flatMap(c -> c.type == ConnectionType.EVOLUTION
                ? evolution.reconnect(actor, c)
                : cloudApi.recheck(actor, c).map(updated -> new Pairing(updated, null)));
    }

    public Uni<Connection> logout(Actor actor, String tenantId, UUID id) {
        return connections.get(tenantId, id).flatMap(c -> evolution.logout(actor, c));
    }

    /** Deletes the connection (and its Evolution instance); its queued messages then fail as "deleted". */
    public Uni<Void> delete(Actor actor, String tenantId, UUID id) {
        return connections.get(tenantId, id)
                .call(c -> c.type == ConnectionType.EVOLUTION ? evolution.deleteInstance(c)
                        : Uni.createFrom().voidItem())
                .flatMap(c -> connections.delete(actor, tenantId, id));
    }
}
