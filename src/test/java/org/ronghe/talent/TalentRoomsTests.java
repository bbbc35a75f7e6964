package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.Rooms;

/**
 * The talent module's rooms, lowest first: a room may use the rooms below it, never one above it; the pages and JSON
 * ({@code web}) and the listeners ({@code internal}) sit on top and no room uses them. Draws the rooms and their
 * references to {@code target/talent-rooms.puml}.
 */
class TalentRoomsTests {

    private final Rooms rooms = new Rooms(
            "org.ronghe.talent",
            List.of("needs", "programmes", "students", "placements", "funnel", "imports", "internal", "web"));

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
        assertThat(rooms.draw("talent-rooms", "Talent: rooms and their references"))
                .contains("placements --> students", "imports --> funnel", "web --> needs");
    }
}
