package io.meshgov.e2e;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Apache Kafka's own broker (KRaft, broker and controller in one) as a separate process with its data on disk, so
 * that a test can stop it and start it again on the same ports and log directory, as an operator would.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path dir;
    private final int port = MeshProcesses.freePort();
    private final int controllerPort = MeshProcesses.freePort();
    private Process process;

    private KafkaProcess(Path dir) {
        this.dir = dir;
    }

    static KafkaProcess formatAndStart(Path dir) throws Exception {
        KafkaProcess kafka = new KafkaProcess(dir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("server.properties"), kafka.config());
        kafka.run(List.of(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        dir.resolve("server.properties").toString()))
                .waitFor(60, TimeUnit.SECONDS);
        kafka.start();
        return kafka;
    }

    String bootstrap() {
        return "localhost:" + port;
    }

    void start() throws Exception {
        process = run(List.of("kafka.Kafka", dir.resolve("server.properties").toString()));
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> listening() || !process.isAlive());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below
        }
        if (!process.isAlive() || !listening()) {
            throw new IllegalStateException("Kafka did not start; see " + dir.resolve("kafka.log"));
        }
    }

    /** A clean stop (SIGTERM), as an operator's restart or a rolling upgrade does it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private boolean listening() {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Process run(List<String> mainAndArgs) throws IOException {
        List<String> command = new java.util.ArrayList<>(
                List.of(MeshProcesses.javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(1, MeshProcesses.SHORT_LIVED_JVM); // a broker that lives minutes: C1 and one GC thread
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(dir.resolve("kafka.log").toFile()))
                .start();
    }

    private String config() {
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=4",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) stop();
    }
}
