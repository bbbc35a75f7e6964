package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.Rooms;

/**
 * The docking module's rooms, lowest first: a room may use the rooms below it, never one above it; the listeners
 * ({@code internal}) and the pages and JSON ({@code web}) sit on top and no room uses them. Draws the rooms and their
 * references to {@code target/docking-rooms.puml}.
 */
class DockingRoomsTests {

    private final Rooms rooms = new Rooms(
            "org.ronghe.docking",
            List.of(
                    "demands",
                    "capabilities",
                    "products",
                    "matching",
                    "dockings",
                    "imports",
                    "majors",
                    "fairs",
                    "internal",
                    "web"));

    @Test
    void noRoomReachesUpToARoomAboveIt() {
        assertThat(rooms.upward()).as("references running up between rooms").isEmpty();
    }

    @Test
    void everyClassLivesInARoom() {
        assertThat(rooms.homeless()).isEmpty();
    }

    @Test
    void drawsTheRooms() throws IOException {
        assertThat(rooms.draw("docking-rooms", "Docking: rooms and their references"))
                .contains("matching --> demands", "fairs --> matching", "web --> dockings");
    }
}
