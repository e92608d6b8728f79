package id.tenun.catalog.group;

/**
 * In-process notice that a group's details that its products carry (village, programme, status) changed, so
 * that the products can take them over and be published again.
 */
public record GroupChangedLocally(Group group) {
}
