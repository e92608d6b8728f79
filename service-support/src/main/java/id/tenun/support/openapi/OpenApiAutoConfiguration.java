package id.tenun.support.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.OpenPaths;

/**
 * The OpenAPI document of every Tenun service ({@code /v3/api-docs}, the UI at {@code /swagger-ui}): a bearer JWT
 * security scheme, so the UI's Authorize button works, required by exactly the operations the service's security
 * asks a token for (not the {@link OpenPaths open} ones: webhooks, callbacks, public photos); the service's name and
 * what its API is for; and no parameter a client does not send. The caller ({@link CurrentUser}) comes from the token,
 * and a {@code @RequestParam Map} only gathers the named filters the operation reads, so neither is a query
 * parameter of the document.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiAutoConfiguration {

    /** The name of the security scheme every operation requires. */
    public static final String BEARER = "bearer";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI tenunOpenApi(Environment environment) {
        String service = environment.getProperty("spring.application.name", "tenun");
        return new OpenAPI()
                .info(new Info().title("Tenun " + service).version("v1")
                        .description("The REST API of Tenun's " + service + ". An operation with a lock needs a "
                                + "bearer JWT of a trusted issuer (Authorize); the others (the marketplaces' "
                                + "webhooks, the shops' authorization callback, public photos) prove themselves "
                                + "another way or are public. Errors are RFC 9457 problems naming the field, with "
                                + "the message in Bahasa Indonesia (id) and English (en)."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT whose roles claim (ADMIN, STAFF, MENTOR, GROUP_MEMBER) and groups "
                                + "claim say what the caller may see and change; a script client's scope claim "
                                + "says what it may read.")));
    }

    /**
     * Puts the bearer requirement on every operation the service's security asks a token for, and on no other: the
     * paths of {@link OpenPaths} (every service's and the service's own beans) are open.
     */
    @Bean
    OpenApiCustomizer tenunBearerWhereNeeded(ObjectProvider<OpenPaths> serviceOpenPaths) {
        List<String> open = OpenPaths.all(serviceOpenPaths);
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!OpenPaths.matches(open, PATH_VARIABLE.matcher(path).replaceAll("x"))) {
                    item.readOperations().forEach(operation -> operation.setSecurity(
                            List.of(new SecurityRequirement().addList(BEARER))));
                }
            });
        };
    }

    /** Drops the query parameter springdoc makes of a {@code @RequestParam Map} (say {@code parameters}). */
    @Bean
    OperationCustomizer tenunNoQueryMaps() {
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                Arrays.stream(handler.getMethodParameters()).filter(OpenApiAutoConfiguration::gathersQuery)
                        .map(parameter -> parameter.getParameter().getName())
                        .forEach(name -> operation.getParameters().removeIf(p -> name.equals(p.getName())));
            }
            return operation;
        };
    }

    private static boolean gathersQuery(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestParam.class)
                && Map.class.isAssignableFrom(parameter.getParameterType());
    }
}
