package com.waplatform.realtime.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Someone of a tenant with a socket open on one replica: a member of the tenant's online set in Redis (one per
 * user and replica, so that a replica going away takes only its own with it).
 */
public record OnlineUser(String userId, String name, boolean admin, String replica) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The member stored in the tenant's sorted set. */
    public String member() {
        return JsonNodeFactory.instance.objectNode().put("u", userId).put("n", name).put("a", admin)
                .put("r", replica).toString();
    }

    /** A stored member, if readable. */
    public static Optional<OnlineUser> of(String member) {
        try {
            JsonNode node = JSON.readTree(member);
            return Optional.of(new OnlineUser(node.path("u").asText(), node.path("n").asText(),
                    node.path("a").asBoolean(), node.path("r").asText()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The frame the tenant's sockets get: {@code {"type":"presence","online":[{"userId","name","role"}…]}}, each user
     * once (whatever the replicas and tabs), sorted by name, then id.
     */
    public static String frame(Collection<OnlineUser> members) {
        TreeMap<String, OnlineUser> byUser = new TreeMap<>();
        members.forEach(member -> byUser.merge(member.userId(), member, (a, b) -> a.admin() ? a : b));
        ArrayNode online = JsonNodeFactory.instance.arrayNode();
        byUser.values().stream().sorted(Comparator.comparing(OnlineUser::name).thenComparing(OnlineUser::userId))
                .forEach(user -> online.addObject().put("userId", user.userId()).put("name", user.name())
                        .put("role", user.admin() ? "tenant-admin" : "agent"));
        return JsonNodeFactory.instance.objectNode().put("type", "presence").set("online", online).toString();
    }
}
