package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One Ingress: the public paths of ARCHITECTURE §8, as the local edge routes them; /q/** never. */
class IngressTest {

    private static final Path EDGE = Path.of("../deploy/edge/nginx.conf.template");
    private static final Map<String, String> EDGE_UPSTREAMS = Map.of("tenant", "tenant-service", "session",
            "session-service", "message", "message-service", "gateway", "webhook-gateway", "realtime", "realtime-service");
    private static final Pattern EDGE_LOCATION = Pattern.compile(
            "location\\s+(=\\s+)?(/[^\\s{]*)\\s*\\{[^}]*?proxy_pass http://(\\w+);", Pattern.DOTALL);

    private final Ingress ingress = HelmChart.withDefaults().render().get("Ingress", "wa-wa-platform").as(Ingress.class);

    private Map<String, String> routes(Ingress ingress) {
        return paths(ingress).stream().collect(Collectors.toMap(HTTPIngressPath::getPath,
                p -> p.getBackend().getService().getName().replace(Rendering.PREFIX, "")));
    }

    private static List<HTTPIngressPath> paths(Ingress ingress) {
        return ingress.getSpec().getRules().get(0).getHttp().getPaths();
    }

    @Test
    void theServicesEndpointsAreNeverRouted() {
        assertTrue(paths(ingress).stream().noneMatch(p -> p.getPath().startsWith("/q")));
        assertEquals("web-app", routes(ingress).get("/"), "/q/… reaches only the web app (which answers 404)");
    }

    @Test
    void everyPathOfTheLocalEdgeGoesToTheSameService() throws IOException {
        Map<String, String> routes = routes(ingress);
        var matcher = EDGE_LOCATION.matcher(Files.readString(EDGE));
        Set<String> edgePaths = new TreeSet<>(Set.of("/"));
        while (matcher.find()) {
            String path = matcher.group(2).replaceAll("/$", "");
            assertEquals(EDGE_UPSTREAMS.get(matcher.group(3)), routes.get(path), path);
            edgePaths.add(path);
        }
        assertEquals(edgePaths, new TreeSet<>(routes.keySet()), "the Ingress has the edge's paths and no others");
    }

    @Test
    void theSocketPathIsExactAndKeepsSocketsOpen() {
        HTTPIngressPath ws = paths(ingress).stream().filter(p -> p.getPath().equals("/ws")).findFirst().orElseThrow();
        assertEquals("Exact", ws.getPathType());
        assertEquals("3600", ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-read-timeout"));
    }

    @Test
    void tlsAndTheIngressClassAreOptional() {
        assertFalse(ingress.getSpec().getTls() != null && !ingress.getSpec().getTls().isEmpty());
        Ingress secured = HelmChart.withDefaults().set("ingress.className", "nginx").set("ingress.tls.enabled", true)
                .set("ingress.tls.secretName", "wa-tls").render().get("Ingress", "wa-wa-platform").as(Ingress.class);
        assertEquals("nginx", secured.getSpec().getIngressClassName());
        assertEquals("wa-tls", secured.getSpec().getTls().get(0).getSecretName());
    }
}
