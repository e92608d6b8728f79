package id.tenun.order;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

import id.tenun.order.polling.PollingSettings;
import id.tenun.order.processing.ProcessingSettings;

/** Scheduling (polling, sweeper), the settings records and the clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConfigurationPropertiesScan
class OrderServiceConfiguration {

    /** The settings that listener and schedule annotations read, as {@code #{@processingSettings.groupId()}}. */
    private static final List<Class<?>> READ_BY_ANNOTATIONS = List.of(ProcessingSettings.class,
            PollingSettings.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Gives each settings record that annotations read a name after its type ({@code processingSettings}), beside
     * the one Spring Boot gives it, so that its defaults, written once on the record, are the annotations' too.
     */
    @Bean
    static BeanFactoryPostProcessor settingsNamedAfterTheirType() {
        return factory -> READ_BY_ANNOTATIONS.forEach(type -> factory.registerAlias(
                factory.getBeanNamesForType(type, true, false)[0], StringUtils.uncapitalize(type.getSimpleName())));
    }
}
