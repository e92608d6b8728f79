package id.tenun.sandbox.core;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Images uploaded to a stand-in, so that a product can only use images uploaded first. */
@Component
public class ImageStore {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    public String add(String channel, byte[] content) {
        String id = channel.substring(0, 3) + "-img-" + HexFormat.of()
                .formatHex(Signatures.hmacSha256(channel, content))
                .substring(0, 24);
        ids.add(id);
        return id;
    }

    public boolean has(String id) {
        return ids.contains(id);
    }
}
