package se.stegvis.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI stegvisOpenApi() {
		return new OpenAPI().info(new Info().title("Stegvis API")
			.version("v1")
			.description("JSON under /api/v1. Fel besvaras som Problem Details (RFC 9457) med en lista errors "
					+ "{field, message} vid valideringsfel. Errors are RFC 9457 Problem Details.")
			.license(new License().name("Öppen källkod")));
	}

}
