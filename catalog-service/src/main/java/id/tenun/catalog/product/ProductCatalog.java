package id.tenun.catalog.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import id.tenun.catalog.group.GroupAccess;
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
    private final GroupAccess access;

    ProductCatalog(Products products, GroupAccess access) {
        this.products = products;
        this.access = access;
    }

    /** The product, if the user may act for its group; otherwise as if it did not exist. */
    public Product find(String id, CurrentUser user) {
        return products.byId(id).filter(product -> access.mayActFor(user, product.groupId()))
                .orElseThrow(() -> new NotFound("Product", id));
    }

    public PageOf<Product> list(String groupId, String categoryCode, Boolean archived, CurrentUser user,
            PageRequest page) {
        Set<String> visible = access.visibleGroups(user);
        if (groupId != null && visible != null && !visible.contains(groupId)) {
            return new PageOf<>(List.of(), page.page(), page.size(), 0);
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
