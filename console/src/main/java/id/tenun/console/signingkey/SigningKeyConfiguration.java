package id.tenun.console.signingkey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds {@link SigningKeySettings} and runs the scheduled check of the signing key's age. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningKeySettings.class)
@EnableScheduling
class SigningKeyConfiguration {
}
