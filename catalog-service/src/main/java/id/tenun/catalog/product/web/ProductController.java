package id.tenun.catalog.product.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.catalog.paging.PageOf;
import id.tenun.catalog.product.HistoryEntry;
import id.tenun.catalog.product.Product;
import id.tenun.catalog.product.ProductArchive;
import id.tenun.catalog.product.ProductCatalog;
import id.tenun.catalog.product.ProductDetails;
import id.tenun.catalog.product.ProductEditing;
import id.tenun.catalog.product.ProductRegistration;
import id.tenun.catalog.product.ProductSnapshots;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.web.Versions;

@RestController
class ProductController {

    private final ProductRegistration registration;
    private final ProductEditing editing;
    private final ProductArchive archive;
    private final ProductCatalog catalog;
    private final ProductSnapshots snapshots;

    ProductController(ProductRegistration registration, ProductEditing editing, ProductArchive archive,
            ProductCatalog catalog, ProductSnapshots snapshots) {
        this.registration = registration;
        this.editing = editing;
        this.archive = archive;
        this.catalog = catalog;
        this.snapshots = snapshots;
    }

    @Operation(summary = "Create a product")
    @PostMapping("/api/products")
    ResponseEntity<ProductView> create(@RequestBody ProductDetails details, CurrentUser user) {
        Product product = registration.create(details, user);
        return ResponseEntity.created(URI.create("/api/products/" + product.id()))
                .eTag(Versions.etag(product.version())).body(view(product));
    }

    @Operation(summary = "List products")
    @GetMapping("/api/products")
    PageOf<ProductView> list(@RequestParam(required = false) String groupId,
            @RequestParam(required = false) String category, @RequestParam(required = false) Boolean archived,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            CurrentUser user) {
        return catalog.list(groupId, category, archived, user, PageRequest.of(page, size, PageOf.MAX_SIZE))
                .map(this::view);
    }

    @Operation(summary = "Read a product with its stock and publishability")
    @GetMapping("/api/products/{id}")
    ResponseEntity<ProductView> one(@PathVariable String id, CurrentUser user) {
        Product product = catalog.find(id, user);
        return ResponseEntity.ok().eTag(Versions.etag(product.version())).body(view(product));
    }

    /** Replaces the product's details; {@code If-Match} must carry the version the change is based on. */
    @Operation(summary = "Replace a product's details")
    @PutMapping("/api/products/{id}")
    ResponseEntity<ProductView> update(@PathVariable String id, @RequestBody ProductDetails details,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
        Product product = editing.update(id, details, Versions.fromIfMatch(ifMatch), user);
        return ResponseEntity.ok().eTag(Versions.etag(product.version())).body(view(product));
    }

    /** Archives the product (delisted everywhere); it stays readable and can be restored. */
    @Operation(summary = "Archive a product (delisted everywhere)")
    @DeleteMapping("/api/products/{id}")
    ResponseEntity<ProductView> archive(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
        Product product = archive.archive(id, Versions.fromIfMatch(ifMatch), user);
        return ResponseEntity.ok().eTag(Versions.etag(product.version())).body(view(product));
    }

    @Operation(summary = "Restore an archived product")
    @PostMapping("/api/products/{id}/restore")
    ResponseEntity<ProductView> restore(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
        Product product = archive.restore(id, Versions.fromIfMatch(ifMatch), user);
        return ResponseEntity.ok().eTag(Versions.etag(product.version())).body(view(product));
    }

    /** Who changed what and when, newest first. */
    @Operation(summary = "Read a product's change history")
    @GetMapping("/api/products/{id}/history")
    List<HistoryEntry> history(@PathVariable String id, CurrentUser user) {
        return catalog.history(id, user);
    }

    private ProductView view(Product product) {
        return ProductView.of(product, snapshots.of(product));
    }
}
