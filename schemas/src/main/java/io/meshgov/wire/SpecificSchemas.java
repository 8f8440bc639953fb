package io.meshgov.wire;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

final class SpecificSchemas {

    private SpecificSchemas() {}

    static Schema of(Class<? extends SpecificRecord> type) {
        return SpecificData.get().getSchema(type);
    }
}
