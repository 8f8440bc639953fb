package io.meshgov.console.act;

import io.meshgov.events.ConsumerKind;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** The access requests' forms (see {@link Command}): a consumer's request, and the owner's decision on it. */
final class AccessCommands {

    private AccessCommands() {}

    /** A consumer asks the owner for access until a date, under a request id of its choosing used once. */
    static SpecificRecord request(ActionForm form, Target target, Instant now, Map<String, String> errors) {
        String requestId = FormFields.text("requestId", form.requestId(), 128, errors);
        if (requestId != null && target.request(requestId).isPresent()) {
            errors.put("requestId", "request " + requestId + " exists already: choose a new id");
        }
        String consumer = FormFields.text("consumerId", form.consumerId(), 256, errors);
        ConsumerKind kind = FormFields.kind(form.kind(), errors);
        String purpose = FormFields.text("purpose", form.purpose(), Command.MAX_TEXT, errors);
        String contact = FormFields.text("contact", form.contact(), 256, errors);
        Instant until = FormFields.future("until", form.until(), now, errors);
        if ("RETIRED".equals(target.status())) errors.put("version", "version " + target.version() + " is retired");
        if (!errors.isEmpty()) return null;
        return PipelineEvents.access(requestId, target.productId(), target.version())
                .consumer(consumer)
                .kind(kind)
                .purpose(purpose)
                .contact(contact)
                .requested(until);
    }

    /** The owner approves a pending request (until its end, or an earlier date) or denies it, saying why. */
    static SpecificRecord decide(ActionForm form, Target target, Instant now, Map<String, String> errors) {
        String requestId = FormFields.text("requestId", form.requestId(), 128, errors);
        if (requestId != null) {
            var request = target.request(requestId);
            if (request.isEmpty())
                errors.put("requestId", "no access request " + requestId + " to " + target.version());
            else if (!"PENDING".equals(request.get().state())) {
                errors.put(
                        "requestId",
                        "request " + requestId + " is " + request.get().state() + " already");
            }
        }
        String decision = form.decision() == null ? "" : form.decision().trim();
        var access = PipelineEvents.access(requestId, target.productId(), target.version());
        switch (decision) {
            case "APPROVED" -> {
                boolean earlier = form.until() != null && !form.until().isBlank();
                Instant until = earlier ? FormFields.future("until", form.until(), now, errors) : null;
                if (!errors.isEmpty()) return null;
                return earlier ? access.approvedUntil(until) : access.approved();
            }
            case "DENIED" -> {
                String reason = FormFields.text("reason", form.reason(), Command.MAX_TEXT, errors);
                return errors.isEmpty() ? access.denied(reason) : null;
            }
            default -> {
                errors.put("decision", "choose APPROVED or DENIED");
                return null;
            }
        }
    }
}
