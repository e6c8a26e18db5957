package com.waplatform.contracts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Who a per-address limit counts: an IPv4 address itself, an IPv6 address by its /64 network (one subscriber
 * usually holds a whole /64: counting single IPv6 addresses would give an attacker 2^64 budgets).
 */
public final class SourceAddress {

    private SourceAddress() {
    }

    /** The address's account for per-address limits; anything that is not an IPv6 literal as it is. */
    public static String subject(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
