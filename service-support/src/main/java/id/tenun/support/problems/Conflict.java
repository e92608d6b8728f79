package id.tenun.support.problems;

/**
 * The request is valid but cannot be done in the current state (e.g. not enough stock): 409 Conflict, with the
 * reason in Bahasa Indonesia ({@code id}) and English ({@code en}, also the problem's {@code detail}).
 */
public class Conflict extends RuntimeException {

    private final String id;
    private final String en;

    public Conflict(String id, String en) {
        super(en);
        this.id = id;
        this.en = en;
    }

    public String id() {
        return id;
    }

    public String en() {
        return en;
    }
}
