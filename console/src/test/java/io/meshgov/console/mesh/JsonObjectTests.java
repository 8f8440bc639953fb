package io.meshgov.console.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.expression.MapAccessor;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

class JsonObjectTests {

    @Test
    void aFieldTheServiceLeftOutReadsAsNullInATemplateExpressionAtAnyDepth() {
        Object product = JsonObject.lenient(Map.of(
                "id",
                "top-10-customers",
                "versions",
                List.of(Map.of("version", "3.0.0"), Map.of("version", "2.1.0", "restricted", true))));
        StandardEvaluationContext context = new StandardEvaluationContext(product);
        context.addPropertyAccessor(new MapAccessor());
        SpelExpressionParser spel = new SpelExpressionParser();

        assertThat(spel.parseExpression("id").getValue(context)).isEqualTo("top-10-customers");
        assertThat(spel.parseExpression("versions[0].restricted").getValue(context))
                .isNull();
        assertThat(spel.parseExpression("versions[1].restricted").getValue(context))
                .isEqualTo(true);
        assertThat(spel.parseExpression("versions[0].deprecation").getValue(context))
                .isNull();
    }
}
