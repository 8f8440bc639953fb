package io.meshgov.kit.inbound;

import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventDecodingException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The last step in, in the task of the record's product: the one full decode. A record whose body is broken (a
 * truncated field, trailing bytes) is dead here, keyed as it arrived, with the coordinates it was read at.
 */
final class Decode implements Processor<String, Stamped, String, Passage> {

    private final EventCodec codec;
    private ProcessorContext<String, Passage> context;

    Decode(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public void init(ProcessorContext<String, Passage> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Stamped> record) {
        Stamped stamped = record.value();
        try {
            SpecificRecord event = codec.decode(stamped.bytes());
            context.forward(record.withValue(
                    new Passage.Decoded(new InboundEvent(event, stamped.domain(), stamped.source(), stamped.bytes()))));
        } catch (EventDecodingException e) {
            DeadLetter letter =
                    new DeadLetter(stamped.bytes(), e.getMessage(), DeadLetter.UNDECODABLE, stamped.source());
            context.forward(record.withKey(stamped.key()).withValue(new Passage.Dead(letter)));
        }
    }
}
