package io.meshgov.console.pages;

import java.util.List;
import java.util.Map;

/** Reading a service's parsed JSON answer (maps, lists, values) without trusting its shape. */
final class Json {

    private Json() {}

    static Map<?, ?> object(Object json, String field) {
        return json instanceof Map<?, ?> map && map.get(field) instanceof Map<?, ?> value ? value : Map.of();
    }

    static List<Map<?, ?>> objects(Object json, String field) {
        if (!(json instanceof Map<?, ?> map) || !(map.get(field) instanceof List<?> list)) return List.of();
        return list.stream()
                .filter(Map.class::isInstance)
                .<Map<?, ?>>map(item -> (Map<?, ?>) item)
                .toList();
    }

    static String text(Map<?, ?> json, String field) {
        return json.get(field) instanceof String text ? text : null;
    }

    static Double number(Map<?, ?> json, String field) {
        return json.get(field) instanceof Number number ? number.doubleValue() : null;
    }

    static boolean flag(Object json, String field) {
        return json instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get(field));
    }

    static List<String> texts(Object json, String field) {
        if (!(json instanceof Map<?, ?> map) || !(map.get(field) instanceof List<?> list)) return List.of();
        return list.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
    }
}
