package io.meshgov.console.act;

import io.meshgov.events.ConsumerKind;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * A form checked before anything is sent: either field-level messages, or the event to send on the acting domain's
 * topic. What only the catalog can decide (who owns the product, whether a retirement comes too early) is left to
 * it; the console shows its decision once it lands. The notice period is the catalog's, read from it.
 *
 * @param errors by form field, empty when the event may be sent
 * @param event the event to send, null when there are errors
 */
public record Command(Map<String, String> errors, String domain, SpecificRecord event) {

    static final int MAX_TEXT = 500;

    public boolean valid() {
        return errors.isEmpty();
    }

    /** {@code noticePeriod} is the acting domain's, as the catalog judges deprecations; {@code now} is the clock's. */
    public static Command of(Action action, ActionForm form, Target target, Duration noticePeriod, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String domain = FormFields.domain(form.domain(), errors);
        SpecificRecord event =
                switch (action) {
                    case REGISTER -> register(form, target, errors);
                    case DEREGISTER -> deregister(form, target, errors);
                    case DEPRECATE -> deprecate(form, target, noticePeriod, now, errors);
                    case RETIRE -> retire(form, target, errors);
                    case EXTEND_SUNSET -> extendSunset(form, target, errors);
                    case KEEP_SERVING -> keepServing(form, target, errors);
                    case ANSWER -> answer(form, target, now, errors);
                    case REQUEST_ACCESS -> AccessCommands.request(form, target, now, errors);
                    case DECIDE_ACCESS -> AccessCommands.decide(form, target, now, errors);
                };
        return errors.isEmpty() ? new Command(Map.of(), domain, event) : new Command(Map.copyOf(errors), domain, null);
    }

    private static SpecificRecord register(ActionForm form, Target target, Map<String, String> errors) {
        String consumer = FormFields.text("consumerId", form.consumerId(), 256, errors);
        ConsumerKind kind = FormFields.kind(form.kind(), errors);
        String purpose = FormFields.text("purpose", form.purpose(), MAX_TEXT, errors);
        String contact = FormFields.text("contact", form.contact(), 256, errors);
        if ("RETIRED".equals(target.status())) errors.put("version", "version " + target.version() + " is retired");
        if (!errors.isEmpty()) return null;
        return PipelineEvents.consumer(consumer, target.productId(), target.version())
                .kind(kind)
                .purpose(purpose)
                .contact(contact)
                .registered();
    }

    private static SpecificRecord deregister(ActionForm form, Target target, Map<String, String> errors) {
        String consumerId = FormFields.text("consumerId", form.consumerId(), 256, errors);
        if (consumerId == null) return null;
        var registered = target.consumer(consumerId);
        if (registered.isEmpty()) {
            errors.put("consumerId", consumerId + " is not registered to " + target.version());
            return null;
        }
        Target.Consumer c = registered.get();
        return PipelineEvents.consumer(c.consumerId(), target.productId(), target.version())
                .kind(ConsumerKind.valueOf(c.kind()))
                .purpose(c.purpose())
                .contact(c.contact())
                .deregistered();
    }

    private static SpecificRecord deprecate(
            ActionForm form, Target target, Duration noticePeriod, Instant now, Map<String, String> errors) {
        String reason = FormFields.text("reason", form.reason(), MAX_TEXT, errors);
        Instant sunset = sunset(form.sunset(), noticePeriod, now, errors);
        String replacement = null;
        if (form.replacement() != null && !form.replacement().isBlank()) {
            replacement = target.versionNamed(form.replacement().trim()).orElse(null);
            if (replacement == null) {
                errors.put(
                        "replacement", "'" + form.replacement().trim() + "' is not a version of " + target.productId());
            } else if (replacement.equals(target.version())) {
                errors.put("replacement", "a version cannot replace itself");
            }
        }
        if (!errors.isEmpty()) return null;
        return PipelineEvents.lifecycle(target.productId(), target.version())
                .reason(reason)
                .sunsetAt(sunset)
                .replacedBy(replacement)
                .deprecated();
    }

    private static SpecificRecord retire(ActionForm form, Target target, Map<String, String> errors) {
        String reason = FormFields.text("reason", form.reason(), MAX_TEXT, errors);
        if (!errors.isEmpty()) return null;
        return PipelineEvents.lifecycle(target.productId(), target.version())
                .reason(reason)
                .retired();
    }

    /** A later sunset for a deprecated version (the notice period does not apply: the sunset only moves later). */
    private static SpecificRecord extendSunset(ActionForm form, Target target, Map<String, String> errors) {
        String reason = FormFields.text("reason", form.reason(), MAX_TEXT, errors);
        Instant sunset = FormFields.date("sunset", form.sunset(), errors);
        deprecated(target, errors);
        if (sunset != null && target.sunsetAt() != null && !sunset.isAfter(target.sunsetAt())) {
            errors.put("sunset", "the sunset only moves later than " + day(target.sunsetAt()));
        }
        if (!errors.isEmpty()) return null;
        return PipelineEvents.lifecycle(target.productId(), target.version())
                .reason(reason)
                .sunsetAt(sunset)
                .sunsetExtended();
    }

    private static SpecificRecord keepServing(ActionForm form, Target target, Map<String, String> errors) {
        String reason = FormFields.text("reason", form.reason(), MAX_TEXT, errors);
        deprecated(target, errors);
        if (!errors.isEmpty()) return null;
        return PipelineEvents.lifecycle(target.productId(), target.version())
                .reason(reason)
                .keptInService();
    }

    /** A registered consumer's answer: a planned migration date, a requested later sunset and why, or an objection. */
    private static SpecificRecord answer(ActionForm form, Target target, Instant now, Map<String, String> errors) {
        String consumerId = FormFields.text("consumerId", form.consumerId(), 256, errors);
        if (consumerId != null && target.consumer(consumerId).isEmpty()) {
            errors.put("consumerId", consumerId + " is not registered to " + target.version());
        }
        deprecated(target, errors);
        String kind = form.answer() == null ? "" : form.answer().trim();
        var answer = PipelineEvents.answer(consumerId, target.productId(), target.version());
        switch (kind) {
            case "ACKNOWLEDGED" -> {
                Instant planned = FormFields.date("planned", form.planned(), errors);
                return errors.isEmpty() ? answer.acknowledged(planned) : null;
            }
            case "EXTENSION_REQUESTED" -> {
                Instant planned = FormFields.date("planned", form.planned(), errors);
                String reason = FormFields.text("reason", form.reason(), MAX_TEXT, errors);
                if (planned != null && target.sunsetAt() != null && !planned.isAfter(target.sunsetAt())) {
                    errors.put("planned", "an extension asks for a sunset after " + day(target.sunsetAt()));
                }
                return errors.isEmpty() ? answer.extensionRequested(planned, reason) : null;
            }
            case "OBJECTED" -> {
                String reason = FormFields.text("reason", form.reason(), MAX_TEXT, errors);
                return errors.isEmpty() ? answer.objected(reason) : null;
            }
            default -> {
                errors.put("answer", "choose ACKNOWLEDGED, EXTENSION_REQUESTED or OBJECTED");
                return null;
            }
        }
    }

    private static void deprecated(Target target, Map<String, String> errors) {
        if (!"DEPRECATED".equals(target.status())) {
            errors.put("version", "version " + target.version() + " is " + target.status() + ", not deprecated");
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** A date (the sunset is at its start, UTC) in the future, at least the notice period away. */
    private static Instant sunset(String value, Duration noticePeriod, Instant now, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put("sunset", "a sunset date is required");
            return null;
        }
        Instant sunset;
        try {
            sunset = LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("sunset", "'" + value.trim() + "' is not a date (YYYY-MM-DD)");
            return null;
        }
        if (!sunset.isAfter(now)) {
            errors.put("sunset", "the sunset " + value.trim() + " is in the past");
            return null;
        }
        if (Duration.between(now, sunset).compareTo(noticePeriod) < 0) {
            errors.put(
                    "sunset",
                    "the sunset must be at least " + noticePeriod.toDays()
                            + " days away: the domain's notice period (the earliest is "
                            + LocalDate.ofInstant(now.plus(noticePeriod), ZoneOffset.UTC)
                                    .plusDays(1) + ")");
            return null;
        }
        return sunset;
    }
}
