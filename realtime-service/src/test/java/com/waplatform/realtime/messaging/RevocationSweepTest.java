package com.waplatform.realtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A revocation whose announcement was missed (written to Redis, never published) still closes the user's sockets:
 * the periodic sweep (every second in tests) reads the revocations of all open sockets' users in batches.
 */
@QuarkusTest
class RevocationSweepTest extends SocketTest {

    @Inject
    RedisDataSource redis;

    @Test
    void aMissedRevocationClosesTheUsersSocketsOnTheNextSweepOnly() throws Exception {
        String agent = claim("acme-agent", "sub");
        long issuedAt = claims(DemoTokens.of("acme-agent")).path("iat").asLong();
        TestSocket revoked = open("acme-agent", "");
        TestSocket other = open("acme-admin", "");
        String key = "access-revoked:" + agent;
        try {
            redis.value(Long.class).set(key, issuedAt);
            assertEquals("1008 Your access has changed; sign in again", revoked.awaitClosedByServer(5));
            assertFalse(other.isClosed(), "another user's socket stays");
        } finally {
            redis.key().del(key); // the other tests use the same token
        }
        System.out.println("revocation sweep: the missed revocation closed the user's socket (1008), no one else's");
    }
}
