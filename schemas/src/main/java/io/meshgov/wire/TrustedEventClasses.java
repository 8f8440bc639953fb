package io.meshgov.wire;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.2 refuses to instantiate generated classes whose package is not trusted. The usual switch is the
 * system property {@code org.apache.avro.SERIALIZABLE_PACKAGES}, but Avro reads it once, when its class-security
 * validator first loads, so whether it takes effect depends on class-loading order and JVM flags. Trusting the
 * generated package through Avro's API instead works whenever the codec is first used, in tests, services and
 * pipelines alike, and keeps whatever else the process already trusts. A pipeline that serializes meshgov's generated
 * classes with a third party's serializer (Apicurio's, Confluent's) calls {@link #install()} once before.
 */
public final class TrustedEventClasses {

    static final String GENERATED_PACKAGE = "io.meshgov.events";

    private static boolean installed;

    private TrustedEventClasses() {}

    public static synchronized void install() {
        if (installed) return;
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(current, type -> GENERATED_PACKAGE.equals(type.getPackageName())));
        installed = true;
    }
}
