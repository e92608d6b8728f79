package id.tenun.console.user;

/** A phone number that is not an Indonesian mobile number in one of the forms people write. */
public class InvalidPhoneNumber extends IllegalArgumentException {

    InvalidPhoneNumber(String written) {
        super("'" + written + "' is not an Indonesian mobile number: write it as 0812…, +62812… or 62812… "
                + "(10 to 13 digits with the leading 0)");
    }
}
