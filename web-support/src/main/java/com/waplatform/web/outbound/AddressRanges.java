package com.waplatform.web.outbound;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * The kinds of addresses that are not on the public Internet: loopback, private (RFC 1918), carrier-grade NAT
 * (RFC 6598), link-local (cloud metadata), unique-local and site-local (IPv6), multicast, unspecified and the
 * reserved blocks. IPv6 forms that carry an IPv4 address (compatible, mapped, NAT64, 6to4) are judged by it.
 */
final class AddressRanges {

    static final String LOOPBACK = "loopback";

    private AddressRanges() {
    }

    /** The kind of a non-public address ("loopback", "private", …), or null for a public one. */
    static String nonPublicKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return ipv4(b);
        }
        byte[] embedded = embeddedIpv4(b);
        return embedded != null ? ipv4(embedded) : ipv6(b);
    }

    private static String ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "unspecified";
        }
        if (first == 127) {
            return LOOPBACK;
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "private";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "carrier-grade NAT";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first >= 224 && first < 240) {
            return "multicast";
        }
        boolean ietf = first == 192 && second == 0 && b[2] == 0;
        boolean benchmarking = first == 198 && (second & 0xfe) == 18;
        return ietf || benchmarking || first >= 240 ? "reserved" : null;
    }

    private static String ipv6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (zeros(b, 0, 15)) {
            return b[15] == 0 ? "unspecified" : b[15] == 1 ? LOOPBACK : "reserved";
        }
        if (first == 0xff) {
            return "multicast";
        }
        if ((first & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return "link-local";
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return "site-local";
        }
        boolean discardOnly = first == 0x01 && second == 0 && zeros(b, 2, 8);
        boolean teredo = first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0;
        boolean nat64Local = first == 0 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return discardOnly || teredo || nat64Local ? "reserved" : null;
    }

    /** The IPv4 address inside an IPv4-compatible, -mapped, NAT64 (64:ff9b::/96) or 6to4 address, else null. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean compatible = zeros(b, 0, 12) && !zeros(b, 12, 15);
        boolean mapped = zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && zeros(b, 4, 12);
        if (compatible || mapped || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
