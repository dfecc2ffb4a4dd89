package org.conflicttally.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks made contiguous from a stream sorted by block hash and date, collisions included. */
class BlockRunsTest {
    /** An item: its block, the hash it was sorted by, and a label with its date. */
    private record Item(String block, long hash, String label) {
    }

    private static List<String> run(List<Item> sorted) {
        List<String> out = new ArrayList<>();
        new BlockRuns<>(sorted.iterator(), Item::hash, Item::block).forEachRemaining(i -> out.add(i.block() + i.label()));
        return out;
    }

    @Test
    void withoutCollisionsItemsPassThroughInOrder() {
        List<Item> sorted = List.of(new Item("a", 1, "1"), new Item("a", 1, "2"), new Item("b", 2, "1"),
                new Item("c", 3, "1"), new Item("c", 3, "4"));
        assertEquals(List.of("a1", "a2", "b1", "c1", "c4"), run(sorted));
    }

    @Test
    void blocksWhoseHashesCollideAreSeparatedEachInItsOrder() {
        // a, b and c share hash 7 and arrive interleaved by date; d follows; e and f collide at the end.
        List<Item> sorted = List.of(new Item("a", 7, "1"), new Item("b", 7, "1"), new Item("a", 7, "2"),
                new Item("c", 7, "2"), new Item("b", 7, "3"), new Item("a", 7, "3"), new Item("d", 8, "1"),
                new Item("e", 9, "1"), new Item("f", 9, "2"), new Item("e", 9, "5"));
        assertEquals(List.of("a1", "a2", "a3", "b1", "b3", "c2", "d1", "e1", "e5", "f2"), run(sorted));
    }

    @Test
    void anEmptyStreamHasNoItems() {
        assertEquals(List.of(), run(List.of()));
    }
}
