package id.tenun.sandbox.shopee;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopee v2 escrow detail ({@code GET /api/v2/payment/get_escrow_detail?order_sn=}): what the seller receives for an
 * order, with the discounts, the buyer's shipping and Shopee's fees. The buyer pays the courier through Shopee, so
 * the shipping passes through ({@code final_shipping_fee} takes it back off the escrow).
 */
@RestController
@RequestMapping(ShopeeGate.PREFIX + "/api/v2/payment")
class ShopeePaymentsApi {

    private final ShopeeGate gate;

    private final SandboxOrders orders;

    ShopeePaymentsApi(ShopeeGate gate, SandboxOrders orders) {
        this.gate = gate;
        this.orders = orders;
    }

    @GetMapping("/get_escrow_detail")
    ResponseEntity<String> escrow(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        String orderSn = QueryString.of(request).getOrDefault("order_sn", "");
        if (orderSn.isBlank()) {
            throw ShopeeGate.error(400, "error_param", "order_sn is required.");
        }
        SandboxOrder order = orders.find("shopee", shop.shopId(), orderSn.trim())
            .orElseThrow(() -> ShopeeGate.error(400, "error_param", "order_sn " + orderSn + " not found."));
        ObjectNode response = Json.object();
        response.put("order_sn", order.getOrderId());
        ObjectNode income = response.putObject("order_income");
        long buyerTotal = order.getTotal() - order.getSellerDiscount() + order.getShipping();
        income.put("escrow_amount", buyerTotal - order.getFees() - order.getShipping());
        income.put("buyer_total_amount", buyerTotal);
        income.put("original_price", order.getTotal());
        income.put("seller_discount", order.getSellerDiscount());
        income.put("shopee_discount", 0);
        income.put("voucher_from_seller", 0);
        income.put("voucher_from_shopee", 0);
        income.put("coins", 0);
        income.put("buyer_paid_shipping_fee", order.getShipping());
        income.put("buyer_transaction_fee", 0);
        income.put("estimated_shipping_fee", order.getShipping());
        income.put("actual_shipping_fee", order.getShipping());
        income.put("final_shipping_fee", -order.getShipping());
        income.put("commission_fee", order.getCommissionFee());
        income.put("service_fee", order.getServiceFee());
        income.put("seller_transaction_fee", 0);
        return ShopeeGate.ok(response);
    }
}
