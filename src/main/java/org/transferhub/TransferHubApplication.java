package org.transferhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The technology-transfer catalog and matchmaking portal of the China–SCO Center for Metabolic Disease. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TransferHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(TransferHubApplication.class, args);
    }
}
