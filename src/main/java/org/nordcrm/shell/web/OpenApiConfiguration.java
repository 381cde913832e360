package org.nordcrm.shell.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI nordCrmOpenApi() {
		return new OpenAPI()
			.info(new Info().title("NordCRM API").version("v1")
				.description("Customer register, activities and follow-up. Authenticate with a personal API token "
						+ "(POST /api/v1/auth/tokens, or the API tokens page) as 'Authorization: Bearer ncrm_...'. "
						+ "Errors are RFC 9457 problem documents in the language of Accept-Language (nb, sv, en). "
						+ "Lists are paged with a cursor: pass a page's 'next' as 'after'."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("ncrm_...")));
	}
}
