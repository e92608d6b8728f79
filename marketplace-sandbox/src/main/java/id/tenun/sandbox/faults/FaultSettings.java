package id.tenun.sandbox.faults;

/**
 * Faults injected into one channel. Fields left out are zero/false; all zero/false means a healthy marketplace.
 *
 * @param errorRate share of API calls (0..1) answered with a marketplace-shaped server error
 * @param errorStatus the HTTP status of those errors (default 500)
 * @param delayMillis every API answer comes this much later (a slow marketplace)
 * @param hangMillis every API call hangs this long, then answers 504 (a timeout for any client with a shorter one)
 * @param down the marketplace is fully down: 503 with no JSON
 * @param duplicateWebhookRate share of webhooks sent twice
 * @param outOfOrderWebhooks each webhook is held back and sent after the next one
 * @param dropWebhookRate share of webhooks never sent (polling must find the order)
 * @param lostAnswerRate share of API calls handled as usual (a create lands) whose answer is lost on the way back:
 *        the client gets a server error ({@code errorStatus}) instead, as after a gateway timeout
 * @param lostAnswerPath only calls whose path ends with this lose their answer (e.g. {@code /product/create}); all
 *        calls when empty
 */
public record FaultSettings(Double errorRate, Integer errorStatus, Long delayMillis, Long hangMillis, Boolean down,
        Double duplicateWebhookRate, Boolean outOfOrderWebhooks, Double dropWebhookRate, Double lostAnswerRate,
        String lostAnswerPath) {

    public static final FaultSettings NONE = new FaultSettings(0.0, 500, 0L, 0L, false, 0.0, false, 0.0, 0.0,
            "");

    public FaultSettings {
        errorRate = errorRate == null ? 0 : errorRate;
        errorStatus = errorStatus == null || errorStatus < 500 || errorStatus > 599 ? 500 : errorStatus;
        delayMillis = delayMillis == null ? 0 : delayMillis;
        hangMillis = hangMillis == null ? 0 : hangMillis;
        down = down != null && down;
        duplicateWebhookRate = duplicateWebhookRate == null ? 0 : duplicateWebhookRate;
        outOfOrderWebhooks = outOfOrderWebhooks != null && outOfOrderWebhooks;
        dropWebhookRate = dropWebhookRate == null ? 0 : dropWebhookRate;
        lostAnswerRate = lostAnswerRate == null ? 0 : lostAnswerRate;
        lostAnswerPath = lostAnswerPath == null ? "" : lostAnswerPath;
    }
}
