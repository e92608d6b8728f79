package id.tenun.console.web;

/** What a page was asked for is not there for this person (or not at all): answered 404, like the services do. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super(what);
    }
}
