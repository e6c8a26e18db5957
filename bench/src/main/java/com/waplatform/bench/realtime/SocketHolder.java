package com.waplatform.bench.realtime;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A helper JVM that opens idle sockets and holds them (one process may hold at most RLIMIT_NOFILE descriptors,
 * so the held-sockets measurement spreads its sockets over a few of these). Arguments:
 * {@code <port> <realtime|baseline> <plan file> <sockets> <first socket index> <source addresses, comma-separated>}.
 * The plan file has one {@code tenantId userId token} line per user; socket i is user i modulo their number.
 * Prints {@code READY <tally>} once each socket is ready or given up, then holds them until its input says
 * {@code close} (or ends), and prints {@code CLOSED}.
 */
public final class SocketHolder {

    private SocketHolder() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean realtime = "realtime".equals(args[1]);
        List<String[]> users = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(" ")).toList();
        int count = Integer.parseInt(args[3]);
        int first = Integer.parseInt(args[4]);
        List<String> addresses = List.of(args[5].split(","));
        Map<String, String> tokens = users.stream().collect(Collectors.toMap(u -> u[0] + "/" + u[1], u -> u[2]));
        Target target = realtime ? Target.realtime(port, (tenant, user) -> tokens.get(tenant + "/" + user))
                : Target.baseline(port);

        List<ClientSocket> sockets = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            String[] user = users.get(i % users.size());
            sockets.add(new ClientSocket(user[0], user[1], null, null));
        }
        try (SocketFleet fleet = new SocketFleet(target, Integer.getInteger("client.threads", 2), addresses)) {
            SocketFleet.Tally tally = fleet.open(sockets, Integer.getInteger("connect.window", 256),
                    Duration.ofSeconds(Integer.getInteger("open.timeout.seconds", 300)));
            System.out.println("READY " + tally.ready() + " " + tally.resync() + " " + tally.failed() + " "
                    + tally.waiting() + " " + tally.closeCodes().values().stream().mapToInt(i -> i).sum() + " "
                    + tally);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            String line;
            while ((line = in.readLine()) != null && !line.equals("close")) {
                if (line.equals("tally")) {
                    SocketFleet.Tally now = SocketFleet.Tally.of(sockets);
                    System.out.println("TALLY " + now.ready() + " " + now);
                    System.out.flush();
                }
            }
            SocketFleet.close(sockets, Duration.ofSeconds(60));
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
