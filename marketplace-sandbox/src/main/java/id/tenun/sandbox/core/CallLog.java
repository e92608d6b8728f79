package id.tenun.sandbox.core;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/** The last calls the marketplace stand-ins received, for the read-only view. */
@Component
public class CallLog {

    public static final String SHOP_ATTRIBUTE = "sandbox.shop";

    private static final int KEPT = 2000;

    private final Deque<Call> calls = new ArrayDeque<>();

    public record Call(Instant at, String channel, String method, String path, String shopId, int status) {
    }

    public synchronized void add(Call call) {
        calls.addFirst(call);
        while (calls.size() > KEPT) {
            calls.removeLast();
        }
    }

    public synchronized List<Call> recent(String channel, int limit) {
        return calls.stream().filter(call -> channel == null || call.channel().equals(channel)).limit(limit).toList();
    }
}
