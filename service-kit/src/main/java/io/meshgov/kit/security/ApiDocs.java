package io.meshgov.kit.security;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says what a client sends: the {@link Caller} a request is resolved to (from its token) is not a
 * query parameter, so it is left out of every operation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
public class ApiDocs {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }
}
