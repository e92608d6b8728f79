package id.tenun.order.processing;

import java.util.Set;

/** The sales rollups, as the processor sees them: refresh these buckets from the orders. */
public interface SalesRollup {

    void refresh(Set<String> bucketIds);
}
