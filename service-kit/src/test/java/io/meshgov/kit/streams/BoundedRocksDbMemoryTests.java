package io.meshgov.kit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedRocksDbMemoryTests {

    private static final long BUDGET = 32L << 20;

    @Test
    void storesOfTheProcessShareOneBudgetThatIsChargedForTheirMemtables(@TempDir Path dir) throws Exception {
        RocksDB.loadLibrary();
        BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
        Map<String, Object> configs = Map.of(BoundedRocksDbMemory.MEMORY_BYTES, Long.toString(BUDGET));
        List<Options> options = new ArrayList<>();
        List<RocksDB> stores = new ArrayList<>();
        try {
            for (int store = 0; store < 4; store++) {
                Options each = new Options().setCreateIfMissing(true);
                setter.setConfig("store-" + store, each, configs);
                options.add(each);
                stores.add(RocksDB.open(each, dir.resolve("store-" + store).toString()));
            }
            byte[] value = new byte[1024];
            for (RocksDB store : stores) {
                for (int i = 0; i < 4_000; i++) store.put(("key-" + i).getBytes(StandardCharsets.UTF_8), value);
            }
            // 16 MB written into four stores' memtables: charged to the one cache, which stays within its budget
            assertThat(BoundedRocksDbMemory.usage()).isGreaterThan(4L << 20).isLessThanOrEqualTo(BUDGET);
            assertThat(stores.get(3).get("key-3999".getBytes(StandardCharsets.UTF_8)))
                    .hasSize(1024);
        } finally {
            stores.forEach(RocksDB::close);
            for (int i = 0; i < options.size(); i++) setter.close("store-" + i, options.get(i));
            options.forEach(Options::close);
        }
    }

    @Test
    void theBudgetDefaultsTo128MiBAndRefusesLessThan16MiB() {
        assertThat(BoundedRocksDbMemory.bytes(null)).isEqualTo(128L << 20);
        assertThat(BoundedRocksDbMemory.bytes(" 67108864 ")).isEqualTo(64L << 20);
        assertThatThrownBy(() -> BoundedRocksDbMemory.bytes("1048576"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BoundedRocksDbMemory.MEMORY_BYTES);
    }
}
