package id.tenun.catalog.photo;

/**
 * An upload that is not a photo the catalog can use, with what to do in Bahasa Indonesia ({@code id}) and in
 * English ({@code en}): not a JPEG, PNG or WebP ({@link Reason#UNSUPPORTED}), over the size limit
 * ({@link Reason#TOO_LARGE}) or a file of a right kind that cannot be read ({@link Reason#UNREADABLE}).
 */
public class PhotoRefused extends RuntimeException {

    /** Why a photo was refused; the web edge answers each with its own status. */
    public enum Reason {
        UNSUPPORTED, TOO_LARGE, UNREADABLE
    }

    private final Reason reason;
    private final String id;

    PhotoRefused(Reason reason, String id, String en) {
        super(en);
        this.reason = reason;
        this.id = id;
    }

    public Reason reason() {
        return reason;
    }

    public String id() {
        return id;
    }

    public String en() {
        return getMessage();
    }
}
