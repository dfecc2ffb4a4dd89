package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events adapter and schema.json agree on the columns, and a disagreement fails before any row is made. */
class EventRowsTest {
    private static final List<String> COLUMNS = OutputSchema.load().table("events").columnNames();

    @Test
    void everyColumnOfTheEventsTableHasAReader() {
        assertEquals(COLUMNS.size(), EventDedup.MatchEvents.readers(COLUMNS).size());
    }

    @Test
    void aColumnTheAdapterDoesNotKnowFailsAtOnce() {
        List<String> more = new ArrayList<>(COLUMNS);
        more.set(0, "severity");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventDedup.MatchEvents.readers(more));
        assertTrue(e.getMessage().contains("severity"), e.getMessage());
    }
}
