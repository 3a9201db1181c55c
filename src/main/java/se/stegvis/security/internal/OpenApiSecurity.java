package se.stegvis.security.internal;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/** Tells the OpenAPI document (and its browsable UI) how to authenticate: token or HTTP Basic. */
@Component
class OpenApiSecurity implements OpenApiCustomizer {

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		components.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.description("Personligt API-token (skapas under Mitt konto → API-token). Personal access token."));
		components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("Användarnamn och lösenord för ett lokalt konto. Username and password of a local account."));
		openApi.setComponents(components);
		openApi.setSecurity(List.of(new SecurityRequirement().addList("token"), new SecurityRequirement().addList("basic")));
	}

}
