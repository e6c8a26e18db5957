package com.waplatform.web.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * A URL that passed the policy, with the addresses its host stood for when it was judged: the literal address, or
 * every address the name resolved to (none when the name does not resolve now).
 */
public record OutboundTarget(URI uri, List<InetAddress> addresses) {

    /** The port to connect to: the URL's, else the scheme's. */
    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
