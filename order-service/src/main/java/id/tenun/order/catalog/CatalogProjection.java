package id.tenun.order.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.order.lifecycle.ProductPlace;
import id.tenun.order.processing.ProductPlaces;

/**
 * The order service's own copy of what it needs from the catalog: per product its SKUs, group, village, programme
 * and whether it is processed; per group its areas, programme, name and mentors. Snapshots carry a version; an
 * older or repeated one changes nothing.
 */
@Component
public class CatalogProjection implements ProductPlaces {

    @Document("catalog_products")
    public record CatalogProduct(@Id String id, long version, String name, String groupId, List<String> skus,
            String villageCode, String programme, boolean processed, boolean archived) {
    }

    @Document("catalog_groups")
    public record CatalogGroup(@Id String id, long version, String name, String programme, String villageCode,
            String districtCode, String regencyCode, String provinceCode, String status) {
    }

    private final MongoTemplate mongo;

    public CatalogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(CatalogProduct.class).createIndex(new Index().on("skus", Sort.Direction.ASC));
    }

    /** Records the snapshot if it is newer than the one held; true if it was. */
    public boolean productChanged(ProductSnapshot product) {
        Update update = new Update().set("version", product.version())
                .set("name", product.name())
                .set("groupId", product.groupId())
                .set("skus", product.variants().stream().map(ProductSnapshot.Variant::sku).toList())
                .set("villageCode", product.villageCode())
                .set("programme", product.programme().name())
                .set("processed", product.processed())
                .set("archived", product.archived());
        return newer(product.productId(), product.version(), update, CatalogProduct.class);
    }

    public boolean groupChanged(GroupSnapshot group) {
        Update update = new Update().set("version", group.version())
                .set("name", group.name())
                .set("programme", group.programme().name())
                .set("villageCode", group.villageCode())
                .set("districtCode", group.districtCode())
                .set("regencyCode", group.regencyCode())
                .set("provinceCode", group.provinceCode())
                .set("status", group.status().name());
        return newer(group.groupId(), group.version(), update, CatalogGroup.class);
    }

    private boolean newer(String id, long version, Update update, Class<?> type) {
        try {
            return mongo.upsert(query(where("_id").is(id).and("version").lt(version)), update, type)
                    .getMatchedCount()
                    + (mongo.exists(query(where("_id").is(id).and("version").is(version)), type) ? 1 : 0) > 0;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<ProductPlace> bySku(String sku) {
        CatalogProduct product = mongo.findOne(query(where("skus").is(sku)), CatalogProduct.class);
        if (product == null) {
            return Optional.empty();
        }
        CatalogGroup group = mongo.findById(product.groupId(), CatalogGroup.class);
        String village = group != null ? group.villageCode() : product.villageCode();
        String programme = group != null ? group.programme() : product.programme();
        return Optional.of(new ProductPlace(product.id(), product.name(), product.groupId(), village,
                parent(village, 3), parent(village, 2), parent(village, 1), programme, product.processed()));
    }

    public Optional<CatalogGroup> group(String groupId) {
        return Optional.ofNullable(mongo.findById(groupId, CatalogGroup.class));
    }

    public List<CatalogGroup> groups() {
        return mongo.findAll(CatalogGroup.class);
    }

    /** {@code 53.07.03.2005} → district {@code 53.07.03} (3 parts), regency {@code 53.07}, province {@code 53}. */
    static String parent(String villageCode, int parts) {
        String[] codes = villageCode.split("\\.");
        return String.join(".", Arrays.copyOf(codes, Math.min(parts, codes.length)));
    }
}
