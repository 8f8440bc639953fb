package io.meshgov.console;

import io.meshgov.console.act.ActionSettings;
import io.meshgov.console.act.CommandSender;
import io.meshgov.console.mesh.KnownDomains;
import io.meshgov.console.mesh.ServiceUrls;
import io.meshgov.console.mesh.Services;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The web console: pages rendered on the server from the three services' APIs; it keeps no state of its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    @Bean
    Services services(ServiceUrls urls) {
        return Services.at(urls);
    }

    @Bean(destroyMethod = "close")
    CommandSender commandSender(ActionSettings settings) {
        return new CommandSender(settings.producer(), settings.timeout());
    }

    @Bean
    KnownDomains knownDomains(Services services, Clock clock) {
        return new KnownDomains(services.catalog(), clock);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
