package io.meshgov.pipeline;

import io.meshgov.events.Classification;
import io.meshgov.events.DataProductInput;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DatasetName;
import io.meshgov.events.Objective;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.events.SourceSystemInput;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link DataProductVersionPublished}; {@link #build()} rejects a missing or malformed field. */
public final class PublishedBuilder extends VersionEventBuilder<PublishedBuilder> {

    private static final String EVENT = "DataProductVersionPublished";

    private String name;
    private String definition;
    private String owner;
    private String codeRepository;
    private String codeCommit;
    private String endpoint;
    private String outputSchema;
    private Classification classification = Classification.INTERNAL;
    private final List<Object> inputs = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<DatasetName> datasets = new ArrayList<>();

    PublishedBuilder(String productId, String version) {
        super(productId, version);
    }

    public PublishedBuilder name(String name) {
        this.name = name;
        return this;
    }

    public PublishedBuilder definition(String definition) {
        this.definition = definition;
        return this;
    }

    public PublishedBuilder owner(String owner) {
        this.owner = owner;
        return this;
    }

    public PublishedBuilder code(String repository, String commit) {
        this.codeRepository = repository;
        this.codeCommit = commit;
        return this;
    }

    public PublishedBuilder endpoint(String endpoint) {
        this.endpoint = endpoint;
        return this;
    }

    public PublishedBuilder outputSchema(String avroSchemaJson) {
        this.outputSchema = avroSchemaJson;
        return this;
    }

    public PublishedBuilder classification(Classification classification) {
        this.classification = classification;
        return this;
    }

    /** An input that is another data product; a null version means its newest active version. */
    public PublishedBuilder inputProduct(String productId, String version) {
        inputs.add(new DataProductInput(Require.productId(EVENT + ".inputs", productId), version));
        return this;
    }

    public PublishedBuilder inputSource(String uri) {
        inputs.add(new SourceSystemInput(Require.nonBlank(EVENT, "inputs.uri", uri)));
        return this;
    }

    public PublishedBuilder objective(String kpi, ObjectiveComparator comparator, double threshold) {
        objectives.add(new Objective(Require.nonBlank(EVENT, "objectives.kpi", kpi), comparator, threshold));
        return this;
    }

    public PublishedBuilder tag(String tag) {
        tags.add(Require.nonBlank(EVENT, "tags", tag));
        return this;
    }

    /**
     * A dataset this version is served as, named as OpenLineage names it (the datasource's namespace, for example
     * {@code postgres://warehouse:5432}, and the dataset's name there): a run that writes it is a run of this version.
     */
    public PublishedBuilder dataset(String namespace, String name) {
        datasets.add(new DatasetName(
                Require.nonBlank(EVENT, "datasets.namespace", namespace),
                Require.nonBlank(EVENT, "datasets.name", name)));
        return this;
    }

    public DataProductVersionPublished build() {
        Head head = head(EVENT);
        return DataProductVersionPublished.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setName(Require.nonBlank(EVENT, "name", name))
                .setDefinition(Require.nonBlank(EVENT, "definition", definition))
                .setOwner(Require.nonBlank(EVENT, "owner", owner))
                .setCodeRepository(Require.nonBlank(EVENT, "codeRepository", codeRepository))
                .setCodeCommit(Require.nonBlank(EVENT, "codeCommit", codeCommit))
                .setEndpoint(Require.nonBlank(EVENT, "endpoint", endpoint))
                .setInputs(List.copyOf(inputs))
                .setOutputSchema(outputSchema)
                .setObjectives(List.copyOf(objectives))
                .setTags(List.copyOf(tags))
                .setClassification(Require.present(EVENT, "classification", classification))
                .setDatasets(List.copyOf(datasets))
                .build();
    }
}
