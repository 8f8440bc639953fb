package io.meshgov.console.mesh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as templates read it: a field the service left out (an absent deprecation, a restricted entry's
 * missing details) reads as null, as it would in the browser, instead of failing the page.
 */
final class JsonObject extends LinkedHashMap<String, Object> {

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String;
    }

    /** Every object in a parsed JSON value, at any depth, as a {@link JsonObject}. */
    static Object lenient(Object json) {
        if (json instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, value) -> object.put((String) key, lenient(value)));
            return object;
        }
        if (json instanceof List<?> list)
            return list.stream().map(JsonObject::lenient).toList();
        return json;
    }
}
