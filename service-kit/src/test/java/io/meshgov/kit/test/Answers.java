package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Answers compared as a claim about their contents: each must be a 200 with a body that says something (a page
 * with items, a graph with nodes), parsed, so two identical 404s or two empty pages never count as "the same".
 */
public final class Answers {

    private Answers() {}

    /** The parsed body of a 200 that is not empty; fails otherwise, naming the path. */
    public static JsonNode content(Api api, String path) {
        JsonNode body = api.ok(path);
        assertThat(body).as("answer to %s", path).isNotNull();
        assertThat(body.isEmpty()).as("answer to %s is empty: %s", path, body).isFalse();
        for (String list : List.of("items", "nodes")) {
            if (body.has(list))
                assertThat(body.get(list).isEmpty()).as("%s of %s", list, path).isFalse();
        }
        return body;
    }

    /** Every path's content as one instance answers it, in order. */
    public static Map<String, JsonNode> contents(Api api, Collection<String> paths) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : paths) answers.put(path, content(api, path));
        return answers;
    }

    /** Each other instance answers every path with the same parsed content as the reference, which is not empty. */
    public static void assertAlike(Api reference, Collection<Api> others, Collection<String> paths) {
        Map<String, JsonNode> expected = contents(reference, paths);
        for (Api other : others) {
            for (var answer : expected.entrySet()) {
                assertThat(other.ok(answer.getKey())).as(answer.getKey()).isEqualTo(answer.getValue());
            }
        }
    }
}
