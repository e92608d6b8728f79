package id.tenun.sandbox.control;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.control.*}: who may drive the sandbox.
 *
 * @param allowRemote whether the control API (faults, buyers' orders, order moves, hand edits of listings) answers
 * callers on other machines; off by default, so that a sandbox reachable on a network cannot be steered from it
 */
@ConfigurationProperties("sandbox.control")
public record ControlSettings(@DefaultValue("false") boolean allowRemote) {
}
