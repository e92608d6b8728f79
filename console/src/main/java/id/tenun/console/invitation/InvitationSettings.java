package id.tenun.console.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitations ({@code tenun.console.invitations.*}).
 *
 * @param validFor how long an invitation link can be used
 * @param linkBase the address the links start with: the console as people reach it
 */
@ConfigurationProperties("tenun.console.invitations")
record InvitationSettings(@DefaultValue("7d") Duration validFor,
        @DefaultValue("http://localhost:8080") String linkBase) {
}
