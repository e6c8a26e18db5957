package com.waplatform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BotSwitchTest {

    @Test
    void aNumberFollowsTheTenantUnlessItsSwitchSaysOtherwise() {
        assertTrue(BotSwitch.DEFAULT.botOn(true));
        assertFalse(BotSwitch.DEFAULT.botOn(false));
        assertTrue(BotSwitch.ON.botOn(false));
        assertFalse(BotSwitch.OFF.botOn(true));
    }

    @Test
    void anEventFromBeforeTheSwitchFollowsTheTenant() {
        assertEquals(BotSwitch.DEFAULT, BotSwitch.fromEvent(null));
        assertEquals(BotSwitch.DEFAULT, BotSwitch.fromEvent("SOMETIMES"));
        assertEquals(BotSwitch.OFF, BotSwitch.fromEvent("OFF"));
    }
}
