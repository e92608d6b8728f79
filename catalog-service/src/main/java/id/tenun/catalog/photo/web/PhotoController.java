package id.tenun.catalog.photo.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.tenun.catalog.photo.PhotoRefused;
import id.tenun.catalog.photo.PhotoSize;
import id.tenun.catalog.photo.PhotoUploads;
import id.tenun.catalog.photo.Photos;
import id.tenun.catalog.photo.UploadedPhoto;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;

@RestController
class PhotoController {

    /** A copy never changes under its URL: caches may keep it for a year without asking again. */
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final PhotoUploads uploads;
    private final Photos photos;

    PhotoController(PhotoUploads uploads, Photos photos) {
        this.uploads = uploads;
        this.photos = photos;
    }

    /** Stores a photo for a group (multipart field {@code file}) and answers its id and the URL of each size. */
    @Operation(summary = "Upload a photo of a group's product")
    @PostMapping(path = "/api/groups/{groupId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadedPhoto> upload(@PathVariable String groupId, @RequestParam("file") MultipartFile file,
            CurrentUser user) throws IOException {
        UploadedPhoto photo = uploads.upload(groupId, file.getBytes(), user);
        return ResponseEntity.created(URI.create(photo.urls().get(PhotoSize.LARGE.urlName()))).body(photo);
    }

    /** One copy of a photo, for anyone (the marketplaces fetch it); answers 304 to a matching If-None-Match. */
    @Operation(summary = "Download a stored photo (public)")
    @GetMapping("/photos/{id}/{size}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable String id, @PathVariable String size) {
        Photos.StoredCopy copy = PhotoSize.byUrlName(size).flatMap(known -> photos.copy(id, known))
                .orElseThrow(() -> new NotFound("Photo", id + "/" + size));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(FOREVER)
                .eTag("\"" + copy.etag() + "\"").body(copy.jpeg());
    }

    @ExceptionHandler(PhotoRefused.class)
    ProblemDetail refused(PhotoRefused e) {
        HttpStatus status = switch (e.reason()) {
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.en());
        problem.setTitle("Photo refused");
        problem.setProperty("id", e.id());
        problem.setProperty("en", e.en());
        return problem;
    }
}
