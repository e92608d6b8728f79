package id.tenun.support.web;

import org.apache.catalina.startup.Tomcat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems for every error a Tenun service answers. Runs before Web MVC's auto-configuration so that
 * Boot's own problem handler steps aside for ours, which names the invalid fields, and before its error page
 * configuration so that errors no controller answered are problems too ({@link ProblemErrorController}), as are
 * Tomcat's refusals of requests it cannot read ({@link TomcatProblems}).
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemDetailsAutoConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ErrorAttributes attributes,
            ObjectProvider<ErrorViewResolver> resolvers, ProblemResponses problems, ApplicationContext context) {
        boolean hasErrorPage = new TemplateAvailabilityProviders(context).getProvider("error", context) != null;
        return new ProblemErrorController(attributes, resolvers.orderedStream().toList(), problems, hasErrorPage);
    }

    /** Tomcat's own error reports as problems. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReports {

        @Bean
        TomcatProblems tomcatProblems(ProblemResponses problems) {
            return new TomcatProblems(problems);
        }
    }
}
