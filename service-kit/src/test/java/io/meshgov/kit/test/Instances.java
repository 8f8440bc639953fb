package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * More instances of the service under test, in the same JVM and on the same broker: a second instance in its
 * consumer group, or a fresh application that replays every topic under another application id.
 */
public final class Instances {

    private Instances() {}

    /** Starts {@code application} in the test profile on a random port, with more command-line {@code arguments}. */
    public static ConfigurableApplicationContext start(Class<?> application, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(application).profiles("test").run(args.toArray(String[]::new));
    }

    /** The API of a started instance. */
    public static Api api(ConfigurableApplicationContext instance) {
        return new Api(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
    }

    /**
     * Waits until this instance and {@code second} each run part of the processing of the sub-topology holding
     * {@code processor}, and no part twice.
     */
    public static void awaitSplitProcessing(
            StreamsBuilderFactoryBean streams, ConfigurableApplicationContext second, String processor) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var mine = StreamsProbe.activePartitionsOf(streams, processor);
            var theirs = StreamsProbe.activePartitionsOf(second.getBean(StreamsBuilderFactoryBean.class), processor);
            assertThat(mine).as("this instance's tasks").isNotEmpty();
            assertThat(theirs).as("the second instance's tasks").isNotEmpty();
            assertThat(mine).doesNotContainAnyElementsOf(theirs);
        });
    }
}
