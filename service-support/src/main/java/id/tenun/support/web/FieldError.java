package id.tenun.support.web;

/** One invalid field of a request, named the way the client sent it. */
public record FieldError(String field, String message) {
}
