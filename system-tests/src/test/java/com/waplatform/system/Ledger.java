package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a fault test's stream left behind, read back from the platform (stored messages, through the API), from the
 * simulated Meta (what it received to send) and from Kafka (conversation.events, whatsapp.inbound). Prints one
 * {@code faults:} line per invariant.
 */
final class Ledger {

    /** wamid → times stored. */
    final Map<String, Integer> storedInbound = new HashMap<>();
    /** text → stored outbound message (id, status). */
    final Map<String, JsonNode> storedSends = new HashMap<>();
    /** text → times the provider received it (epoch ms, in order of arrival). */
    final Map<String, List<Long>> providerReceived = new HashMap<>();
    /** text → times stored. */
    final Map<String, Integer> storedSendCount = new HashMap<>();
    /** ids of every stored message of the run. */
    final Set<String> storedIds = new HashSet<>();
    private final Traffic traffic;

    private Ledger(Traffic traffic) {
        this.traffic = traffic;
    }

    /** Reads everything again until the stream has settled (or {@code wait} is over). */
    static Ledger settle(List<LoadTenant> tenants, Traffic traffic, Duration wait) {
        long end = System.currentTimeMillis() + wait.toMillis();
        Ledger ledger = read(tenants, traffic);
        while (!ledger.settled() && System.currentTimeMillis() < end) {
            Traffic.sleep(5000);
            ledger = read(tenants, traffic);
        }
        return ledger;
    }

    static Ledger read(List<LoadTenant> tenants, Traffic traffic) {
        Ledger ledger = new Ledger(traffic);
        String sendPrefix = "f-" + traffic.run + "-";
        String wamidPrefix = "wamid.fault-" + traffic.run + "-";
        for (LoadTenant tenant : tenants) {
            for (JsonNode message : stored(tenant)) {
                String wamid = message.path("providerMessageId").asText("");
                String text = message.path("text").asText("");
                if ("INBOUND".equals(message.path("direction").asText()) && wamid.startsWith(wamidPrefix)) {
                    ledger.storedInbound.merge(wamid, 1, Integer::sum);
                    ledger.storedIds.add(message.path("id").asText());
                } else if (text.startsWith(sendPrefix)) {
                    ledger.storedSends.put(text, message);
                    ledger.storedSendCount.merge(text, 1, Integer::sum);
                    ledger.storedIds.add(message.path("id").asText());
                }
            }
            JsonNode sent = Stack.json(Stack.simulator().get("/control/meta/numbers/" + tenant.number.phoneNumberId()
                    + "/sent").then().statusCode(200).extract().asString());
            for (JsonNode s : sent) {
                String text = s.path("body").path("body").asText("");
                if (text.startsWith(sendPrefix)) {
                    ledger.providerReceived.computeIfAbsent(text, t -> new ArrayList<>())
                            .add(s.path("receivedAtMillis").asLong());
                }
            }
        }
        return ledger;
    }

    private static List<JsonNode> stored(LoadTenant tenant) {
        List<JsonNode> messages = new ArrayList<>();
        JsonNode threads = Stack.json(Stack.as(tenant.admin).get("/api/conversations?limit=200&connectionId="
                + tenant.number.connectionId()).then().statusCode(200).extract().asString());
        for (JsonNode thread : threads) {
            Stack.json(Stack.as(tenant.admin).get("/api/conversations/" + thread.path("id").asText()
                    + "/messages?limit=500").then().statusCode(200).extract().asString()).forEach(messages::add);
        }
        return messages;
    }

    boolean settled() {
        return missingInbound().isEmpty() && neverSent().isEmpty() && pending() == 0;
    }

    List<String> missingInbound() {
        return traffic.accepted.keySet().stream().filter(w -> !storedInbound.containsKey(w)).sorted().toList();
    }

    List<String> storedTwice() {
        List<String> twice = new ArrayList<>(storedInbound.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).toList());
        storedSendCount.entrySet().stream().filter(e -> e.getValue() > 1).forEach(e -> twice.add(e.getKey()));
        return twice;
    }

    /** Accepted (202) or stored sends the provider never received. */
    List<String> neverSent() {
        Set<String> due = new HashSet<>(traffic.sends.keySet());
        due.addAll(storedSends.keySet());
        return due.stream().filter(t -> !providerReceived.containsKey(t)).sorted().toList();
    }

    long pending() {
        return storedSends.values().stream().filter(m -> "PENDING".equals(m.path("status").asText())).count();
    }

    /** Texts the provider received more than once. */
    List<String> sentTwice() {
        return providerReceived.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** Sends that got no clear answer, yet the provider received (they must be stored, and sent at most once). */
    List<String> unknownButSent() {
        return traffic.unknown.keySet().stream().filter(providerReceived::containsKey).sorted().toList();
    }

    /** Unknown sends the provider received but the platform did not store (must never happen). */
    List<String> unknownSentNotStored() {
        return unknownButSent().stream().filter(t -> !storedSends.containsKey(t)).toList();
    }

    void printInbound() {
        System.out.printf("faults: inbound accepted %d, stored %d, missing %d, stored twice %d; batches given up %d%n",
                traffic.accepted.size(), storedInbound.size(), missingInbound().size(), storedTwice().size(),
                traffic.gaveUp.get());
    }

    void printSends() {
        System.out.printf("faults: sends accepted %d, unknown %d (stored %d, at the provider %d), stored %d, "
                        + "provider received %d distinct, twice %d, never %d, still pending %d%n",
                traffic.sends.size(), traffic.unknown.size(),
                traffic.unknown.keySet().stream().filter(storedSends::containsKey).count(), unknownButSent().size(),
                storedSends.size(), providerReceived.size(), sentTwice().size(), neverSent().size(), pending());
    }

    /**
     * The message.created events of every stored message: redeliveries of the same event (same eventId, allowed:
     * consumers dedupe by it) are counted apart from double facts (two eventIds for one message, never allowed).
     */
    EventCount events(TopicTail tail, Duration wait) {
        Set<String> seen = new HashSet<>();
        int[] read = {0};
        List<JsonNode> created = tail.read(e -> "conversation.message.created".equals(e.path("type").asText())
                        && storedIds.contains(e.path("payload").path("message").path("id").asText()), wait,
                found -> {
                    for (; read[0] < found.size(); read[0]++) {
                        seen.add(found.get(read[0]).path("payload").path("message").path("id").asText());
                    }
                    return seen.size() >= storedIds.size();
                });
        Map<String, Set<String>> eventIds = new HashMap<>();
        int again = 0;
        for (JsonNode e : created) {
            if (!eventIds.computeIfAbsent(e.path("payload").path("message").path("id").asText(), k -> new HashSet<>())
                    .add(e.path("eventId").asText())) {
                again++;
            }
        }
        long doubles = eventIds.values().stream().filter(ids -> ids.size() > 1).count();
        Set<String> without = new HashSet<>(storedIds);
        without.removeAll(eventIds.keySet());
        EventCount count = new EventCount(created.size(), eventIds.size(), again, doubles, without.size());
        System.out.printf("faults: conversation.events message.created: %d records, %d messages, same eventId again "
                        + "%d (allowed), double facts %d, stored without an event %d%n", count.records(),
                count.messages(), count.sameEventAgain(), count.doubleFacts(), count.storedWithout());
        return count;
    }

    /** whatsapp.inbound records of the run: the gateway may publish a webhook again (message-service dedupes). */
    void printInboundRepeats(TopicTail inbound) {
        String prefix = "wamid.fault-" + traffic.run + "-";
        List<JsonNode> records = inbound.read(e -> e.path("payload").path("providerMessageId").asText("")
                .startsWith(prefix), Duration.ofSeconds(5), found -> false);
        long distinct = records.stream().map(e -> e.path("payload").path("providerMessageId").asText()).distinct()
                .count();
        System.out.printf("faults: whatsapp.inbound %d records, %d messages, repeats %d (allowed)%n", records.size(),
                distinct, records.size() - distinct);
    }

    record EventCount(int records, int messages, int sameEventAgain, long doubleFacts, int storedWithout) {
    }
}
