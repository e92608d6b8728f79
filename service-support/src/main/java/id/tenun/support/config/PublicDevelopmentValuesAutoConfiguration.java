package id.tenun.support.config;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Every service refuses to start on the public development values outside local development. */
@AutoConfiguration
public class PublicDevelopmentValuesAutoConfiguration {

    @Bean
    InitializingBean publicDevelopmentValuesRefused(Environment environment) {
        return () -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(environment);
    }
}
