package id.tenun.catalog.importing.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.tenun.catalog.importing.ImportJob;
import id.tenun.catalog.importing.ProductImports;
import id.tenun.support.security.CurrentUser;

@RestController
class ImportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ProductImports imports;

    ImportController(ProductImports imports) {
        this.imports = imports;
    }

    /** Starts an import of a CSV or XLSX file (multipart field {@code file}); poll the job it answers with. */
    @Operation(summary = "Import products from a CSV or XLSX file")
    @PostMapping(path = "/api/imports/products", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> start(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        ImportJob job = imports.start(file.getOriginalFilename(), file.getBytes(), user);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job);
    }

    @Operation(summary = "Read an import's progress")
    @GetMapping("/api/imports/{id}")
    ImportJob job(@PathVariable String id, CurrentUser user) {
        return imports.find(id, user);
    }

    /** The refused rows and why, as CSV. */
    @Operation(summary = "Download an import's refused rows as CSV")
    @GetMapping("/api/imports/{id}/report")
    ResponseEntity<String> report(@PathVariable String id, CurrentUser user) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-ditolak.csv\"")
                .body(imports.report(id, user));
    }

    /** A template with the columns and two example rows. */
    @Operation(summary = "Download the import template")
    @GetMapping("/api/imports/products/template")
    ResponseEntity<String> template() {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"templat-produk.csv\"")
                .body(imports.template());
    }
}
