package org.civicrelay;

import org.civicrelay.config.StartupFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CivicRelayApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(CivicRelayApplication.class, args);
        } catch (Throwable failure) {
            System.exit(StartupFailure.report(failure));
        }
    }
}
