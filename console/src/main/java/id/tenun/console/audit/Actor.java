package id.tenun.console.audit;

import java.util.Objects;

import id.tenun.support.security.CurrentUser;

/** Who changes an account and from which network address, as the account record keeps it. */
public record Actor(CurrentUser user, String address) {

    public Actor {
        Objects.requireNonNull(user, "user");
    }

    public String id() {
        return user.subject();
    }
}
