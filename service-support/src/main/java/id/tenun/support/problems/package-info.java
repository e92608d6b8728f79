/**
 * The problems a Tenun service answers at its REST edge, one way in every service. Throw one of these from a
 * command, a service or a controller; the shared {@code ProblemDetailsAdvice} turns it into an RFC 9457 problem:
 * <ul>
 * <li>400 naming a field: {@code throw InvalidInput.of("price", "Harga wajib diisi.", "Price is required.")}, or
 * collect several with {@link id.tenun.support.problems.Violations} and {@code throwIfAny()}. The body lists
 * {@code errors: [{field, message, id, en}]}: {@code id} in Bahasa Indonesia, {@code en} and {@code message} in
 * English. Bean-validation errors ({@code @Valid}, {@code @NotBlank}...) answer in the same shape.</li>
 * <li>404: {@code throw new NotFound("Product", id)}, also for what exists but is not the caller's to see.</li>
 * <li>409: {@code throw new Conflict("Stok tidak cukup.", "Not enough stock.")} when the request is valid but the
 * current state refuses it.</li>
 * <li>412: {@code throw new StaleVersion("Product", id, basedOn, current)} when a change was based on an older
 * version; 428: {@code throw new PreconditionRequired("product")} when it named no version at all (see
 * {@code id.tenun.support.web.Versions} for reading {@code If-Match}).</li>
 * <li>403: {@code throw new Forbidden("Only staff register groups")} for what the caller may see but not do.</li>
 * </ul>
 */
package id.tenun.support.problems;
