package io.meshgov.kit.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One off-heap memory budget for every RocksDB store of the process, processing and global stores alike. Left to
 * itself Kafka Streams gives each store instance its own 50 MiB block cache and three 16 MiB memtables; a service
 * has 10 to 30 store instances, so its resident memory grew to 0.7–1.1 GiB next to a 512 MiB heap (docs/benchmarks.md)
 * and no container limit could be set from the heap alone. Here they share one LRU cache of {@value #MEMORY_BYTES}
 * bytes (default 128 MiB) that also holds the index and filter blocks and is charged for the memtables (at most half
 * of it), so the budget is a bound, not a per-store hint.
 *
 * <p>Set as {@code rocksdb.config.setter}; the budget is read from the streams configuration the first time a store
 * opens and is shared by every Kafka Streams client of the process (never closed: stores come and go with tasks).
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Streams configuration key of the budget, in bytes. */
    public static final String MEMORY_BYTES = "meshgov.rocksdb.memory-bytes";

    private static final Logger LOG = LoggerFactory.getLogger(BoundedRocksDbMemory.class);
    static final long DEFAULT_BYTES = 128L << 20;
    private static final long MEMTABLE_BYTES = 8L << 20;

    private record Budget(Cache cache, WriteBufferManager memtables) {}

    private static Budget budget;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Budget shared = budget(configs);
        // Kafka Streams hands over options with its own table config: keep it (and its other settings), adjust it
        BlockBasedTableConfig table = options.tableFormatConfig() instanceof BlockBasedTableConfig streams
                ? streams
                : new BlockBasedTableConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(shared.memtables());
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store of the process: not closed per store
    }

    private static synchronized Budget budget(Map<String, Object> configs) {
        if (budget == null) {
            long bytes = bytes(configs.get(MEMORY_BYTES));
            Cache cache = new LRUCache(bytes, -1, false, 0.1);
            budget = new Budget(cache, new WriteBufferManager(bytes / 2, cache));
            LOG.info("RocksDB stores of this process share {} MiB off-heap, memtables included", bytes >> 20);
        }
        return budget;
    }

    /** Bytes the shared cache holds now, memtables included (0 before the first store opened). */
    static synchronized long usage() {
        return budget == null ? 0 : budget.cache().getUsage();
    }

    static long bytes(Object configured) {
        if (configured == null || configured.toString().isBlank()) return DEFAULT_BYTES;
        long bytes = Long.parseLong(configured.toString().trim());
        if (bytes < (16L << 20))
            throw new IllegalArgumentException(MEMORY_BYTES + " must be at least 16 MiB: " + bytes);
        return bytes;
    }
}
