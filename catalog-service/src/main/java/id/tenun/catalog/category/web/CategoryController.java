package id.tenun.catalog.category.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.catalog.category.Categories;
import id.tenun.catalog.category.Category;

@RestController
class CategoryController {

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    /** The whole tree, top-level categories before their leaves, with requirements and marketplace mapping. */
    @Operation(summary = "List the product categories and their marketplace categories")
    @GetMapping("/api/categories")
    List<Category> categories() {
        return categories.all();
    }
}
