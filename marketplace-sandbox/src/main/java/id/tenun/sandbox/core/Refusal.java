package id.tenun.sandbox.core;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Ends a request with a marketplace-shaped error answer. */
public class Refusal extends RuntimeException {

    private final transient ResponseEntity<String> answer;

    public Refusal(ResponseEntity<String> answer) {
        super(null, null, false, false);
        this.answer = answer;
    }

    public ResponseEntity<String> answer() {
        return answer;
    }

    public static Refusal json(int status, String body) {
        return new Refusal(
                ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "application/json").body(body));
    }
}
