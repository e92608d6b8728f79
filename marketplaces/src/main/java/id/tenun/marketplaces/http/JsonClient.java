package id.tenun.marketplaces.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import id.tenun.marketplaces.ChannelSettings;

/**
 * What every channel's client shares: the channel's settings, the clock, the transport with the channel's timeouts,
 * one JSON mapper, and the reading of each answer as JSON (an empty or unreadable body reads as missing) into the
 * channel's own envelope. A channel's client adds only how it signs and addresses its calls.
 *
 * @param <R> the channel's envelope of one answer
 */
public abstract class JsonClient<R extends Envelope<R>> {

    protected final ChannelSettings settings;

    protected final Clock clock;

    protected final HttpTransport transport;

    protected final JsonMapper json;

    private final BiFunction<HttpReply, JsonNode, R> envelope;

    protected JsonClient(ChannelSettings settings, Clock clock, JsonMapper json,
            BiFunction<HttpReply, JsonNode, R> envelope) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.envelope = envelope;
        this.transport = new HttpTransport(settings.connectTimeout(), settings.requestTimeout());
    }

    public JsonMapper json() {
        return json;
    }

    public Clock clock() {
        return clock;
    }

    /** Sends the request and reads the answer into the channel's envelope. */
    protected final R send(HttpRequest request) {
        HttpReply http = transport.send(request);
        return envelope.apply(http, read(http));
    }

    /** {@code root + path + "?" + query}, the query URL-encoded in the map's order. */
    protected static URI uri(String root, String path, Map<String, String> query) {
        return URI.create(root + path + "?" + HttpTransport.query(query));
    }

    /** The answer's body as JSON; missing if it is empty or not JSON. */
    private JsonNode read(HttpReply http) {
        try {
            return http.body().length == 0 ? MissingNode.getInstance() : json.readTree(http.body());
        } catch (JacksonException ex) {
            return MissingNode.getInstance();
        }
    }
}
