package org.conflicttally.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Items sorted by a 64-bit hash of their block (then by date) made contiguous by block, as
 * {@link org.conflicttally.events.EventMatcher#stream} needs them. Sorting on a long instead of the block's
 * strings is what makes the events sort cheap; this class keeps it exact: two blocks whose hashes collide
 * arrive interleaved within one run of equal hashes, and are separated here.
 *
 * <p>Streams without buffering while a hash run holds one block (always, but for a collision). When a second
 * block appears in a run, the first block's items still go straight through (they continue its run), and the
 * other blocks' items wait until the run ends, then follow block after block, each in the order it came.
 */
final class BlockRuns<T> implements Iterator<T> {
    private final Iterator<T> sorted;
    private final ToLongFunction<T> hash;
    private final Function<T, ?> block;

    private final Deque<T> ready = new ArrayDeque<>();
    private T pending;
    private boolean inRun;
    private long runHash;
    private Object runBlock;
    /** Items of other blocks than the run's first, by block in order of arrival: empty but for a collision. */
    private final Map<Object, List<T>> waiting = new LinkedHashMap<>();

    BlockRuns(Iterator<T> sorted, ToLongFunction<T> hash, Function<T, ?> block) {
        this.sorted = sorted;
        this.hash = hash;
        this.block = block;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && (pending != null || sorted.hasNext() || !waiting.isEmpty())) {
            T item = pending != null ? pending : sorted.hasNext() ? sorted.next() : null;
            pending = null;
            if (item == null) {   // the end: the last run's waiting blocks
                flushWaiting();
            } else if (!inRun || hash.applyAsLong(item) != runHash) {
                if (!waiting.isEmpty()) {   // a run ends: its waiting blocks go first
                    pending = item;
                    flushWaiting();
                } else {
                    inRun = true;
                    runHash = hash.applyAsLong(item);
                    runBlock = block.apply(item);
                    ready.add(item);
                }
            } else if (Objects.equals(block.apply(item), runBlock)) {
                ready.add(item);
            } else {
                waiting.computeIfAbsent(block.apply(item), b -> new ArrayList<>()).add(item);
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void flushWaiting() {
        waiting.values().forEach(ready::addAll);
        waiting.clear();
        inRun = false;
    }
}
