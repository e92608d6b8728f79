package id.tenun.catalog.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import id.tenun.catalog.paging.PageOf;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;

/**
 * Finds products as a person may see them: one by id, a page by group, category and archived, and one product's
 * history. A product of a group the person may not act for is as if it did not exist.
 */
@Service
public class ProductCatalog {

    private final Products products;

    ProductCatalog(Products products) {
        this.products = products;
    }

    /** The product, if the user may act for its group; otherwise as if it did not exist. */
    public Product find(String id, CurrentUser user) {
        Product product = products.byId(id).orElseThrow(() -> new NotFound("Product", id));
        user.requireGroup(product.groupId(), "Product", id);
        return product;
    }

    public PageOf<Product> list(String groupId, String categoryCode, Boolean archived, CurrentUser user,
            PageRequest page) {
        Set<String> visible = user.visibleGroups();
        if (groupId != null) {
            user.requireGroup(groupId, "Group", groupId);
        }
        return products.page(new Products.Filter(visible, groupId, categoryCode, archived), page);
    }

    /** Who changed what and when, newest first. */
    public List<HistoryEntry> history(String id, CurrentUser user) {
        List<HistoryEntry> history = new ArrayList<>(find(id, user).history());
        Collections.reverse(history);
        return history;
    }
}
