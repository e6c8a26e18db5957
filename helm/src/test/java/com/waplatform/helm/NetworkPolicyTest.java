package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Only the ingress controller reaches the public ports; a service only from the services that call it. */
class NetworkPolicyTest {

    private final Rendering rendering = HelmChart.withDefaults().set("simulator.enabled", true).render();

    /** who may reach a component: "ingress", the calling components, and the release's readiness test */
    private Set<String> peers(String component) {
        NetworkPolicy policy = rendering.get("NetworkPolicy", component).as(NetworkPolicy.class);
        assertEquals(List.of("Ingress"), policy.getSpec().getPolicyTypes());
        Set<String> peers = new TreeSet<>();
        for (NetworkPolicyPeer peer : policy.getSpec().getIngress().get(0).getFrom()) {
            peers.add(peer.getNamespaceSelector() != null ? "ingress"
                    : peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/component"));
        }
        return peers;
    }

    @Test
    void eachComponentIsReachedOnlyByWhatCallsIt() {
        assertEquals(Set.of("ingress", "readiness-test", "message-service"), peers("tenant-service"));
        assertEquals(Set.of("ingress", "readiness-test", "tenant-service", "message-service", "webhook-gateway"),
                peers("session-service"));
        assertEquals(Set.of("ingress", "readiness-test", "tenant-service", "session-service"), peers("message-service"));
        assertEquals(Set.of("ingress", "readiness-test"), peers("webhook-gateway"));
        assertEquals(Set.of("ingress", "readiness-test"), peers("realtime-service"));
        assertEquals(Set.of("ingress", "readiness-test"), peers("web-app"));
        assertEquals(Set.of("readiness-test", "session-service"), peers("provider-simulator"));
    }

    @Test
    void theyCanBeTurnedOff() {
        assertFalse(HelmChart.withDefaults().set("networkPolicy.enabled", false).render().manifests().stream()
                .anyMatch(m -> m.kind().equals("NetworkPolicy")));
    }
}
