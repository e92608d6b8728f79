package id.tenun.console.signingkey.web;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.signingkey.SigningKeyRing;

/** Lets an admin rotate the signing key at once (e.g. after a suspected leak); the old key stays published. */
@RestController
@RequestMapping("/api/admin/signing-keys")
class SigningKeyController {

    private final SigningKeyRing ring;

    SigningKeyController(SigningKeyRing ring) {
        this.ring = ring;
    }

    /** What the rotation made: the kid that signs now, and every kid the JWKS publishes. */
    record Rotated(String activeKid, List<String> publishedKids) {
    }

    @PostMapping("/rotate")
    Rotated rotate() {
        String active = ring.rotate();
        return new Rotated(active, ring.publishedKids());
    }
}
