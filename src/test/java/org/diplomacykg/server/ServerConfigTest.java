package org.diplomacykg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerConfigTest {

    @Test
    void defaultsAreLocalAndClosed() {
        ServerConfig d = ServerConfig.defaults();
        assertEquals(new ServerConfig("localhost", 3030, "diplomacy", Duration.ofSeconds(30), false), d);
    }

    @Test
    void withersChangeOneSetting() {
        ServerConfig c = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofMillis(200))
            .withAllowService(true).withHost("127.0.0.1");
        assertEquals(new ServerConfig("127.0.0.1", 0, "diplomacy", Duration.ofMillis(200), true), c);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536})
    void badPortIsRefused(int port) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withPort(port));
        assertTrue(e.getMessage().startsWith("port"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "$", "with space", "x?y"})
    void badDatasetNameIsRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withDatasetName(name));
    }

    @Test
    void timeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withTimeout(Duration.ofSeconds(-1)));
    }
}
