package io.meshgov.catalog.web;

import io.meshgov.catalog.intake.RunEventSender;
import io.meshgov.catalog.run.RunEventReader;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.NotVisible;
import io.meshgov.kit.web.InvalidParameter;
import io.meshgov.mesh.DomainName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * OpenLineage's HTTP transport, pointed at the catalog: {@code POST /api/v1/lineage} (its default endpoint) with the
 * domain in an {@code X-Meshgov-Domain} header, or {@code POST /api/v1/lineage/{domain}}. A RunEvent the catalog can
 * read is written as received to the domain's openlineage topic and answered 201 once acknowledged; one it cannot
 * is a 400 with the reason, and nothing is written. Under {@code prod} the token's {@code domains} claim must name
 * the domain: the domain a pipeline speaks for is the topic it may write, over HTTP as over Kafka.
 */
@RestController
@RequestMapping(path = "/api/v1/lineage", produces = "application/json")
class OpenLineageController {

    static final String DOMAIN_HEADER = "X-Meshgov-Domain";

    /** Where the event was written, and whether it was a finished run (a START or RUNNING one changes nothing). */
    record Written(String topic, int partition, long offset, boolean finished) {}

    private static final String RUN_EVENT = "an OpenLineage RunEvent (spec 2-0-2), at most 1 MiB";

    private final RunEventReader reader = new RunEventReader();
    private final RunEventSender sender;

    OpenLineageController(RunEventSender sender) {
        this.sender = sender;
    }

    /** The domain from the path, else from the header. */
    @PostMapping({"", "/{domain}"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            requestBody =
                    @RequestBody(
                            description = RUN_EVENT,
                            required = true,
                            content = @Content(mediaType = "application/json")))
    Written post(
            Caller caller,
            @PathVariable(required = false) String domain,
            @RequestHeader(name = DOMAIN_HEADER, required = false) String header,
            HttpServletRequest request)
            throws IOException {
        String named = domain != null ? domain : header;
        if (named == null || named.isBlank()) {
            throw new InvalidParameter("name the domain whose pipeline sent this event: the " + DOMAIN_HEADER
                    + " header, or POST to /api/v1/lineage/{domain}");
        }
        return write(caller, named, request);
    }

    private Written write(Caller caller, String name, HttpServletRequest request) throws IOException {
        DomainName domain = domain(name);
        if (caller.authenticated() && !caller.domains().contains(domain.value())) {
            throw new NotVisible(
                    "the token does not speak for domain " + domain + " (its domains claim: " + caller.domains() + ")");
        }
        byte[] event = body(request);
        RunEventReader.Reading reading = reader.read(event);
        if (reading instanceof RunEventReader.Rejected rejected) {
            throw new InvalidParameter("not an OpenLineage RunEvent meshgov can read: " + rejected.reason());
        }
        RunEventSender.Written written = sender.send(domain, RunEventReader.keyOf(reading), event);
        return new Written(
                written.topic(), written.partition(), written.offset(), reading instanceof RunEventReader.Finished);
    }

    private static DomainName domain(String name) {
        try {
            return DomainName.of(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(e.getMessage());
        }
    }

    /** The body, read no further than one byte past the limit (a larger one is refused, not buffered). */
    private static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > RunEventReader.MAX_BYTES) {
            throw new InvalidParameter(
                    "an event of " + declared + " bytes is over the 1 MiB (" + RunEventReader.MAX_BYTES + ") limit");
        }
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(RunEventReader.MAX_BYTES + 1);
        }
    }
}
