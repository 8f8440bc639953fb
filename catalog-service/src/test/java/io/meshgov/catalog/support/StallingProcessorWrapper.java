package io.meshgov.catalog.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;

/**
 * Kafka Streams' own processor hook ({@code processor.wrapper.class}), used to make one processing step slow: once
 * armed, the first record with the given key that reaches the named processor blocks the stream thread for the given
 * time. Counts how often that key reached the processor, so a test can tell the record was processed again.
 */
public final class StallingProcessorWrapper implements ProcessorWrapper {

    static volatile String processor;
    static volatile String key;
    static volatile Duration stall;
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicInteger SEEN = new AtomicInteger();

    public static void arm(String processorName, String recordKey, Duration duration) {
        processor = processorName;
        key = recordKey;
        stall = duration;
        SEEN.set(0);
        ARMED.set(true);
    }

    public static int seen() {
        return SEEN.get();
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String name, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        return new WrappedProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                Processor<KIn, VIn, KOut, VOut> delegate = supplier.get();
                return new Processor<>() {
                    @Override
                    public void init(ProcessorContext<KOut, VOut> context) {
                        delegate.init(context);
                    }

                    @Override
                    public void process(Record<KIn, VIn> record) {
                        if (name.equals(processor)
                                && String.valueOf(record.key()).equals(key)) {
                            SEEN.incrementAndGet();
                            if (ARMED.compareAndSet(true, false)) stall();
                        }
                        delegate.process(record);
                    }

                    @Override
                    public void close() {
                        delegate.close();
                    }
                };
            }

            @Override
            public java.util.Set<org.apache.kafka.streams.state.StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String name, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        return ProcessorWrapper.asWrappedFixedKey(supplier);
    }

    /** The fault under test: the processing step itself takes longer than max.poll.interval.ms. */
    private static void stall() {
        try {
            Thread.sleep(stall.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
