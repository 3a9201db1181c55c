package se.stegvis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StegvisApplication {

	public static void main(String[] args) {
		SpringApplication.run(StegvisApplication.class, args);
	}

}
