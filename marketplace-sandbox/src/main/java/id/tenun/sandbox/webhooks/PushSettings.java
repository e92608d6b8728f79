package id.tenun.sandbox.webhooks;

import java.time.Duration;

/** A channel's push settings: where its pushes go and how often it retries one its receiver did not take. */
public interface PushSettings {

    String webhookUrl();

    int webhookMaxAttempts();

    Duration webhookRetryInterval();
}
