package id.tenun.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.importing.ProductImports;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TestTokens;

/**
 * A group G with a product (its first variant's SKU) and a product import of a member's, beside another group: the
 * fixture of the tests that try every endpoint (the access matrix walk, the fuzz).
 */
record GroupWithAProduct(String group, String other, String product, String sku, String job) {

    /** Creates them through the API (the import through {@code imports}), G named {@code name}. */
    static GroupWithAProduct create(Api api, ProductImports imports, String name) {
        String group = api.post(TestTokens.staff(), "/api/groups", Fixtures.group(name)).id();
        String other = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Lain")).id();
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(group));
        CurrentUser member = new CurrentUser("member@" + group, Set.of(Role.GROUP_MEMBER), Set.of(group));
        String job = imports.start("produk.csv", "name,categoryCode\n".getBytes(StandardCharsets.UTF_8), member).id();
        return new GroupWithAProduct(group, other, created.id(),
                created.json().path("variants").get(0).path("sku").asString(), job);
    }
}
