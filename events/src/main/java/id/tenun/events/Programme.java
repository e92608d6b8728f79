package id.tenun.events;

/** The NTT "one product" programme a producer group belongs to. */
public enum Programme {

    /** One Village One Product: a village's group, e.g. a BUMDes. */
    OVOP,

    /** One Community One Product: a community group or cooperative. */
    OCOP,

    /** One School One Product: a school or a class, including special-needs schools (SLB). */
    OSOP

}
