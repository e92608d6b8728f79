package id.tenun.support.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens an endpoint to script clients whose token grants the scope (e.g. {@link CurrentUser#SALES_READ} on the
 * sales reads). A client token (no roles) gets 403 from every endpoint without it; people are not affected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClientScope {

    /** The scope the client's token must grant. */
    String value();
}
