package id.tenun.catalog.photo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.tenun.catalog.group.Groups;
import id.tenun.catalog.photo.PhotoRefused.Reason;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;

/**
 * Takes a photo a group member uploads from the phone's camera or gallery: checks that the caller may act for the
 * group and that the file is a JPEG, PNG or WebP within {@link PhotoSettings#maxSize()}, makes its copies and
 * stores them.
 */
@Service
public class PhotoUploads {

    private final Photos photos;
    private final PhotoLinks links;
    private final Groups groups;
    private final PhotoSettings settings;

    PhotoUploads(Photos photos, PhotoLinks links, Groups groups, PhotoSettings settings) {
        this.photos = photos;
        this.links = links;
        this.groups = groups;
        this.settings = settings;
    }

    public UploadedPhoto upload(String groupId, byte[] content, CurrentUser user) {
        if (!mayUploadFor(user, groupId)) {
            throw new NotFound("Group", groupId);
        }
        long max = settings.maxSize().toBytes();
        if (content.length > max) {
            throw new PhotoRefused(Reason.TOO_LARGE, "Foto paling besar " + settings.maxSize().toMegabytes()
                    + " MB; kecilkan dulu.",
                    "A photo may be at most " + settings.maxSize().toMegabytes()
                            + " MB; make it smaller first.");
        }
        List<PhotoCopy> copies = PhotoCopies.of(content, settings.maxPixels());
        String id = PhotoLinks.newId();
        photos.store(id, groupId, user.subject(), copies);
        Map<String, String> urls = new LinkedHashMap<>();
        copies.forEach(copy -> urls.put(copy.size().urlName(), links.url(id, copy.size())));
        return new UploadedPhoto(id, groupId, urls, copies.get(0).width(), copies.get(0).height());
    }

    /** The one place that asks who may upload for a group: whoever may act for it (the shared access rule). */
    private boolean mayUploadFor(CurrentUser user, String groupId) {
        return groups.byId(groupId).isPresent() && user.mayActFor(groupId);
    }
}
