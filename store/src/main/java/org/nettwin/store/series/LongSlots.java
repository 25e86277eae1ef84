package org.nettwin.store.series;

import java.util.Arrays;

/**
 * An open-addressing hash index from long keys to dense slot numbers 0, 1, 2 ... in insertion order, without boxing;
 * callers keep their per-key columns in arrays indexed by slot.
 */
final class LongSlots {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] table;
    private int[] slotOf;
    private long[] keys;
    private int size;

    LongSlots(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[capacity];
        Arrays.fill(table, EMPTY);
        slotOf = new int[capacity];
        keys = new long[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    long key(int slot) {
        return keys[slot];
    }

    /** The slot of {@code key}, adding it as slot {@link #size()} - 1 if it was absent. Key must not be Long.MIN_VALUE. */
    int put(long key) {
        int mask = table.length - 1;
        int i = mix(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return slotOf[i];
            }
            i = (i + 1) & mask;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        table[i] = key;
        slotOf[i] = size;
        keys[size] = key;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        int capacity = table.length * 2;
        table = new long[capacity];
        Arrays.fill(table, EMPTY);
        slotOf = new int[capacity];
        int mask = capacity - 1;
        for (int s = 0; s < size; s++) {
            int i = mix(keys[s]) & mask;
            while (table[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            table[i] = keys[s];
            slotOf[i] = s;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
