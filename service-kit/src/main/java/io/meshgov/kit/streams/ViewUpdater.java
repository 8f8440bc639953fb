package io.meshgov.kit.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps an instance's copy of the read model: each view record replaces its key; a tombstone removes it. The listener
 * hears of each change once the copy holds it.
 */
public final class ViewUpdater implements Processor<String, byte[], Void, Void> {

    private final String storeName;
    private final ViewListener listener;
    private KeyValueStore<String, byte[]> store;

    public ViewUpdater(String storeName, ViewListener listener) {
        this.storeName = storeName;
        this.listener = listener;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
        listener.opened(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) store.delete(record.key());
        else store.put(record.key(), record.value());
        listener.changed(storeName, record.key());
    }
}
