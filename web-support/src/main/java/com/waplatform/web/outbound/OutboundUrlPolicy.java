package com.waplatform.web.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs the platform may call, or hand to a provider to fetch, on a user's word: http or https, a host that is
 * a full domain name or an IP address in its usual form, and no address that is not on the public Internet — for a
 * name, none of the addresses it resolves to (see {@link AddressRanges}). Loopback may be allowed on a developer's
 * machine. A name that does not resolve now passes (nothing can be reached through it); whoever sends a request
 * judges the URL again right before it, since DNS answers change. Blocking (DNS): call it off the event loop.
 */
public final class OutboundUrlPolicy {

    /** Resolves a host name to all its addresses (the system resolver: hosts file, then DNS). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String name) throws UnknownHostException;
    }

    private static final Pattern NUMERIC_LABEL = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final List<String> INTERNAL_SUFFIXES =
            List.of(".localhost", ".local", ".internal", ".localdomain", ".home.arpa");

    private final boolean allowLoopback;
    private final Resolver resolver;

    public OutboundUrlPolicy(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** The URL with the addresses it stands for, or {@link OutboundUrlRefused} saying why not. */
    public OutboundTarget judge(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new OutboundUrlRefused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundUrlRefused("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new OutboundUrlRefused("must not contain a user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new OutboundUrlRefused(uri.getRawAuthority() == null ? "must name a host"
                    : "must name its host by a domain name or an IP address in the usual form (such as 203.0.113.10)");
        }
        host = host.toLowerCase(Locale.ROOT);
        List<InetAddress> addresses = host.startsWith("[") ? List.of(checked(ipv6(host), false))
                : isNumeric(host) ? List.of(checked(ipv4(host), false)) : resolvedName(host);
        return new OutboundTarget(uri, addresses);
    }

    private List<InetAddress> resolvedName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        boolean loopbackName = name.equals("localhost") || name.endsWith(".localhost");
        if (!(loopbackName && allowLoopback)
                && (loopbackName || !name.contains(".") || INTERNAL_SUFFIXES.stream().anyMatch(name::endsWith))) {
            throw new OutboundUrlRefused("must name a public host, not a local or internal name such as '" + name
                    + "'");
        }
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return List.of();
        }
        for (InetAddress address : resolved) {
            checked(address, true);
        }
        return List.of(resolved);
    }

    private InetAddress checked(InetAddress address, boolean resolved) {
        String kind = AddressRanges.nonPublicKind(address);
        if (kind != null && !(allowLoopback && kind.equals(AddressRanges.LOOPBACK))) {
            throw new OutboundUrlRefused("must point to a public address, not a " + kind + " one"
                    + (resolved ? " (its host name resolves to one)" : ""));
        }
        return address;
    }

    /** A host whose last label is a number is an IPv4 address to every URL parser (0x7f000001, 0177.0.0.1, …). */
    private static boolean isNumeric(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return NUMERIC_LABEL.matcher(trimmed.substring(trimmed.lastIndexOf('.') + 1)).matches();
    }

    private static InetAddress ipv4(String host) {
        if (!DOTTED_QUAD.matcher(host).matches()) {
            throw new OutboundUrlRefused("must write an IPv4 address as four decimal numbers (such as 203.0.113.10)");
        }
        return literal(host);
    }

    private static InetAddress ipv6(String host) {
        String inner = host.substring(1, host.length() - 1);
        if (inner.contains("%")) {
            throw new OutboundUrlRefused("must not name a network interface in an IPv6 address");
        }
        return literal(inner);
    }

    /** An address written out: parsed without any lookup. */
    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new OutboundUrlRefused("has an invalid IP address");
        }
    }
}
