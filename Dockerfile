# One multi-stage build for the three services, the web console and the mesh CLI (topic creation):
#   docker build --target catalog-service -t meshgov/catalog-service .
# docker-compose.yml builds each target; nothing but Docker is needed.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -Dmeshgov.cds.skip=true package -pl catalog-service,lineage-service,quality-service,console,mesh-cli -am

FROM eclipse-temurin:17-jre AS service-base
RUN useradd --system --uid 1001 meshgov && mkdir -p /var/lib/meshgov && chown meshgov /var/lib/meshgov
USER meshgov
ENV MESHGOV_STATE_DIR=/var/lib/meshgov
# 512 MiB of heap: the limit every service is tested and benchmarked under (docs/reliability.md, "Heap").
ENTRYPOINT ["java", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]

FROM service-base AS catalog-service
COPY --from=build /src/catalog-service/target/catalog-service-0.1.0-SNAPSHOT.jar /app/app.jar
EXPOSE 8081

FROM service-base AS lineage-service
COPY --from=build /src/lineage-service/target/lineage-service-0.1.0-SNAPSHOT.jar /app/app.jar
EXPOSE 8082

FROM service-base AS quality-service
COPY --from=build /src/quality-service/target/quality-service-0.1.0-SNAPSHOT.jar /app/app.jar
EXPOSE 8083

FROM eclipse-temurin:17-jre AS console
RUN useradd --system --uid 1001 meshgov
USER meshgov
COPY --from=build /src/console/target/console-0.1.0-SNAPSHOT.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]

FROM eclipse-temurin:17-jre AS mesh-cli
COPY --from=build /src/mesh-cli/target/lib /app/lib
COPY --from=build /src/mesh-cli/target/mesh-cli-0.1.0-SNAPSHOT.jar /app/lib/
ENTRYPOINT ["java", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", "/app/lib/*", "io.meshgov.cli.MeshCli"]
