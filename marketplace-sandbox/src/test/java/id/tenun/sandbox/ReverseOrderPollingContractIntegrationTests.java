package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * TikTok Shop's cancellations and returns and Lazada's reverse orders are records of their own, which the order APIs
 * do not show: with every push lost, the adapters' {@code ordersChangedSince} still finds a buyer's request, its
 * refusal and its end from the sandbox's {@code /return_refund/202309/cancellations/search}, {@code .../returns/search}
 * and {@code /reverse/getreverseordersforseller}, which refuse what the real ones refuse.
 */
class ReverseOrderPollingContractIntegrationTests extends ContractTestSupport {

    /** What each channel's reverse list says of a request: pending, refused, granted; cancellation then return. */
    static final Map<String, List<String>> WORDS = Map.of(
            "tokopedia", List.of("CANCELLATION_REQUEST_PENDING", "CANCELLATION_REQUEST_CANCELLED",
                    "CANCELLATION_REQUEST_COMPLETE", "RETURN_OR_REFUND_REQUEST_PENDING",
                    "REFUND_OR_RETURN_REQUEST_REJECT", "RETURN_OR_REFUND_REQUEST_COMPLETE"),
            "lazada", List.of("REQUEST_INITIATE", "REQUEST_REJECT", "CANCEL_SUCCESS", "REQUEST_INITIATE",
                    "REQUEST_REJECT", "REFUND_SUCCESS"));

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "lazada"})
    void pollingFindsACancellationRequestedRefusedAndGrantedWithoutItsPushes(String channel) throws Exception {
        Setup setup = channel.equals("lazada") ? LAZADA : TOKOPEDIA;
        List<String> words = WORDS.get(channel);
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listedWithPushesDropped(marketplaces, setup);
        String refused = placeOrder(setup, draft.sellerSku(), 2);
        String granted = placeOrder(setup, draft.sellerSku(), 1);
        move(setup, refused, "PAID");
        move(setup, granted, "PAID");
        int taken = stock(setup, refused);

        assertThat(changesAfter(marketplaces, setup, refused, "CANCEL_REQUESTED"))
                .contains(tuple(TenunOrderStatus.CANCEL_REQUESTED, words.get(0)));
        // refused: announced as the earliest status, so that the order API's own (still paid) counts
        assertThat(changesAfter(marketplaces, setup, refused, "REFUSED"))
                .contains(tuple(TenunOrderStatus.CREATED, words.get(1)));
        assertThat(marketplaces.orders(channel).orderDetail(credentials(setup.shop()), refused).status())
                .isEqualTo(TenunOrderStatus.PAID);
        assertThat(stock(setup, refused)).as("a refused cancellation keeps the stock taken").isEqualTo(taken);

        assertThat(changesAfter(marketplaces, setup, granted, "CANCEL_REQUESTED", "CANCELLED"))
                .contains(tuple(TenunOrderStatus.CANCELLED, words.get(2)));
        assertThat(stock(setup, granted)).isEqualTo(taken + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "lazada"})
    void pollingFindsAReturnRequestedRefusedAndGrantedWithoutItsPushes(String channel) throws Exception {
        Setup setup = channel.equals("lazada") ? LAZADA : TOKOPEDIA;
        List<String> words = WORDS.get(channel);
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listedWithPushesDropped(marketplaces, setup);
        String orderId = placeOrder(setup, draft.sellerSku(), 1);
        move(setup, orderId, "PAID", "SHIPPED", "DELIVERED", "COMPLETED");
        int taken = stock(setup, orderId);

        assertThat(changesAfter(marketplaces, setup, orderId, "RETURN_REQUESTED"))
                .contains(tuple(TenunOrderStatus.RETURN_REQUESTED, words.get(3)));
        assertThat(changesAfter(marketplaces, setup, orderId, "REFUSED"))
                .contains(tuple(TenunOrderStatus.CREATED, words.get(4)));
        assertThat(stock(setup, orderId)).isEqualTo(taken);

        assertThat(changesAfter(marketplaces, setup, orderId, "RETURN_REQUESTED", "RETURNED"))
                .contains(tuple(TenunOrderStatus.RETURNED, words.get(5)));
        assertThat(stock(setup, orderId)).isEqualTo(taken + 1);
    }

    /** As TikTok Shop: page sizes 1 to 50 (cancellations) and 10 to 50 (returns), whole-second time filters. */
    @Test
    void tikTokShopReverseSearchesRefuseWhatTheRealOnesRefuse() throws Exception {
        String cancellations = "/return_refund/202309/cancellations/search";
        String returns = "/return_refund/202309/returns/search";
        assertThat(ttsCode(cancellations, Map.of("page_size", "50"), "{\"update_time_ge\":1}")).isZero();
        assertThat(ttsCode(cancellations, Map.of(), "{}")).as("page size 10 by default").isZero();
        assertThat(ttsCode(cancellations, Map.of("page_size", "51"), "{}")).isEqualTo(25001001);
        assertThat(ttsCode(returns, Map.of("page_size", "5"), "{}")).isEqualTo(25001001);
        assertThat(ttsCode(returns, Map.of("page_size", "10", "sort_field", "status"), "{}")).isEqualTo(25001001);
        assertThat(ttsCode(cancellations, Map.of("page_size", "10"), "{\"update_time_ge\":\"yesterday\"}"))
                .isEqualTo(25001001);
    }

    /** As Lazada: {@code page_no} and {@code page_size} required, times in milliseconds, the answer under result. */
    @Test
    void lazadaReverseOrderListRefusesWhatTheRealOneRefusesAndAnswersUnderResult() throws Exception {
        String path = "/reverse/getreverseordersforseller";
        JsonNode answer = JSON.readTree(lazada(path, Map.of("page_no", "1", "page_size", "10",
                "ReverseOrderLineModifiedTimeRangeStart", "1662430270000")).body());
        assertThat(answer.path("code").asString()).isEqualTo("0");
        assertThat(answer.has("data")).isFalse();
        assertThat(answer.path("result").path("items").isArray()).isTrue();
        assertThat(answer.path("result").path("page_no").asInt()).isEqualTo(1);
        assertThat(lazadaCode(path, Map.of("page_size", "10"))).isEqualTo("MissingParameter");
        assertThat(lazadaCode(path, Map.of("page_no", "1", "page_size", "0"))).isEqualTo("InvalidParameter");
        assertThat(lazadaCode(path, Map.of("page_no", "1", "page_size", "10",
                "ReverseOrderLineModifiedTimeRangeStart", "2026-01-01"))).isEqualTo("InvalidParameter");
    }

    /** The channel's test listing, live, with every push of the channel dropped from now on. */
    private ListingDraft listedWithPushesDropped(Marketplaces marketplaces, Setup setup) throws Exception {
        ListingDraft draft = listed(marketplaces, setup);
        faults(setup.channel(), "{\"dropWebhookRate\":1.0}");
        return draft;
    }

    /**
     * Moves the order through these steps, then answers its changes since just before, as the adapter polls them:
     * (status, the marketplace's word).
     */
    private List<Tuple> changesAfter(Marketplaces marketplaces, Setup setup, String orderId, String... steps)
            throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        move(setup, orderId, steps);
        return marketplaces.orders(setup.channel()).ordersChangedSince(credentials(setup.shop()), since).stream()
                .filter(change -> change.externalOrderId().equals(orderId))
                .map(change -> tuple(change.status(), change.marketplaceStatus()))
                .toList();
    }

    private int ttsCode(String path, Map<String, String> query, String body) throws Exception {
        return JSON.readTree(tts(path, query, body).body()).path("code").asInt(-1);
    }

    private String lazadaCode(String path, Map<String, String> parameters) throws Exception {
        return JSON.readTree(lazada(path, parameters).body()).path("code").asString("");
    }
}
