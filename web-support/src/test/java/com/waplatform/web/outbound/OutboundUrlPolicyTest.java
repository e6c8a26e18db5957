package com.waplatform.web.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every address form of the SSRF report, names resolving to internal addresses, and the local-machine exception. */
class OutboundUrlPolicyTest {

    /** A DNS of our own: public and internal names, and one that answers both. */
    private static final Map<String, String[]> DNS = Map.of(
            "n8n.example.com", new String[] {"93.184.216.34"},
            "v6.example.com", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
            "intranet.example.com", new String[] {"10.1.2.3"},
            "cgnat.example.com", new String[] {"100.64.0.7"},
            "rebind.example.com", new String[] {"93.184.216.34", "192.168.1.10"},
            "ula.example.com", new String[] {"fd00::5"},
            "localhost", new String[] {"127.0.0.1", "::1"});

    private static final OutboundUrlPolicy PRODUCTION = new OutboundUrlPolicy(false, OutboundUrlPolicyTest::lookup);
    private static final OutboundUrlPolicy LOCAL = new OutboundUrlPolicy(true, OutboundUrlPolicyTest::lookup);

    @Test
    void everyInternalAddressFormIsRefusedInProduction() {
        List<String> refused = List.of(
                "http://localhost/hook", "http://localhost./hook", "http://LOCALHOST:5678/hook", "http://a.localhost/",
                "http://metadata.google.internal./computeMetadata/v1/", "http://metadata.google.internal/",
                "http://redis:6379/", "http://message-service/q/metrics", "http://kafka.default.svc.cluster.local/",
                "http://router.home.arpa/", "http://printer.local/",
                "http://127.0.0.1:8081/q/metrics", "http://127.1/", "http://0x7f000001/", "http://0177.0.0.1/",
                "http://2130706433/", "http://0x7f.0.0.1/", "http://017700000001/", "http://127.0.0.1./",
                "http://[::1]:6379/", "http://[::127.0.0.1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
                "http://[0:0:0:0:0:ffff:169.254.169.254]/", "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/", "http://[fe80::1%25eth0]/", "http://0.0.0.0:8080/", "http://[::]/",
                "http://10.0.0.1/", "http://10.255.255.255/", "http://172.16.0.1/", "http://172.31.255.254/",
                "http://192.168.0.1/", "http://100.64.0.1/", "http://100.127.255.254/", "http://[fd00::1]/",
                "http://[fc00::1]/", "http://[fec0::1]/", "http://224.0.0.1/", "http://[ff02::1]/",
                "http://255.255.255.255/", "http://198.18.0.1/", "http://192.0.0.8/",
                "http://[64:ff9b::10.0.0.1]/", "http://[2002:a9fe:a9fe::]/", "http://[2001:0:4136:e378::1]/",
                "http://intranet.example.com/hook", "http://cgnat.example.com/", "http://rebind.example.com/",
                "http://ula.example.com/",
                "ftp://n8n.example.com/x", "file:///etc/passwd", "gopher://n8n.example.com/", "not a url",
                "http://user:pass@n8n.example.com/", "http:///nohost");
        for (String url : refused) {
            assertThrows(OutboundUrlRefused.class, () -> PRODUCTION.judge(url), url);
        }
    }

    @Test
    void publicTargetsPassWithTheAddressesTheyStoodFor() {
        OutboundTarget target = PRODUCTION.judge("https://n8n.example.com/webhook/inbox?x=1");
        assertEquals("https://n8n.example.com/webhook/inbox?x=1", target.uri().toString());
        assertEquals("93.184.216.34", target.addresses().get(0).getHostAddress());
        assertEquals(443, target.port());
        assertEquals(8443, PRODUCTION.judge("http://n8n.example.com.:8443/").port());
        assertEquals(1, PRODUCTION.judge("http://v6.example.com/").addresses().size());
        assertEquals(1, PRODUCTION.judge("http://93.184.216.34/").addresses().size());
        assertEquals(1, PRODUCTION.judge("http://[2606:2800:220:1:248:1893:25c8:1946]/").addresses().size());
        assertEquals(1, PRODUCTION.judge("http://172.32.0.1/").addresses().size());
        assertEquals(1, PRODUCTION.judge("http://100.128.0.1/").addresses().size());
        assertTrue(PRODUCTION.judge("https://not-yet.example.org/x").addresses().isEmpty(),
                "a name that does not resolve now is judged again before each request");
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertEquals("must point to a public address, not a private one (its host name resolves to one)",
                assertThrows(OutboundUrlRefused.class, () -> PRODUCTION.judge("http://rebind.example.com/"))
                        .getMessage());
        assertEquals("must point to a public address, not a link-local one",
                assertThrows(OutboundUrlRefused.class, () -> PRODUCTION.judge("http://169.254.169.254/"))
                        .getMessage());
        assertEquals("must write an IPv4 address as four decimal numbers (such as 203.0.113.10)",
                assertThrows(OutboundUrlRefused.class, () -> PRODUCTION.judge("http://0x7f000001/")).getMessage());
    }

    @Test
    void theSystemResolverIsAskedAndLocalNamesAreRefused() {
        OutboundUrlPolicy system = new OutboundUrlPolicy(false, InetAddress::getAllByName);
        assertThrows(OutboundUrlRefused.class, () -> system.judge("http://localhost./hook"));
        assertThrows(OutboundUrlRefused.class, () -> system.judge("http://metadata.google.internal./"));
        OutboundUrlPolicy hostsFile = new OutboundUrlPolicy(false, name -> InetAddress.getAllByName("localhost"));
        assertThrows(OutboundUrlRefused.class, () -> hostsFile.judge("http://n8n.mycompany.example/hook"),
                "a public-looking name that the hosts file maps to this machine");
    }

    @Test
    void theLocalStackMayUseThisMachineButNothingElseInternal() {
        for (String url : List.of("http://127.0.0.1:5678/hook", "http://localhost:5678/hook", "http://localhost./",
                "http://[::1]:5678/")) {
            assertEquals(url, LOCAL.judge(url).uri().toString());
        }
        for (String url : List.of("http://10.0.0.1/", "http://169.254.169.254/", "http://0x7f000001/",
                "http://redis:6379/", "http://intranet.example.com/", "http://[fd00::1]/")) {
            assertThrows(OutboundUrlRefused.class, () -> LOCAL.judge(url), url);
        }
    }

    private static InetAddress[] lookup(String name) throws UnknownHostException {
        String[] addresses = DNS.get(name);
        if (addresses == null) {
            throw new UnknownHostException(name);
        }
        InetAddress[] result = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            result[i] = InetAddress.getByName(addresses[i]);
        }
        return result;
    }
}
