package id.tenun.sandbox.core;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A listing the sandbox received, per channel and shop; mutable under its own lock. */
public final class SandboxListing {

    public enum State {
        PENDING, ACTIVE, REJECTED, INACTIVE
    }

    private final String channel;

    private final String shopId;

    private final String itemId;

    private final String skuId;

    private ListingInput input;

    private long price;

    private int stock;

    private State state;

    private String rejectReason = "";

    private final Instant createdAt;

    private Instant updatedAt;

    public SandboxListing(String channel, String shopId, String itemId, String skuId, ListingInput input, State state,
            Instant now) {
        this.channel = channel;
        this.shopId = shopId;
        this.itemId = itemId;
        this.skuId = skuId;
        this.input = input;
        this.price = input.price();
        this.stock = input.stock();
        this.state = state;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getChannel() {
        return channel;
    }

    public String getShopId() {
        return shopId;
    }

    public String getItemId() {
        return itemId;
    }

    public String getSkuId() {
        return skuId;
    }

    public synchronized ListingInput getInput() {
        return input;
    }

    public String getSellerSku() {
        return getInput().sellerSku();
    }

    public synchronized long getPrice() {
        return price;
    }

    public synchronized int getStock() {
        return stock;
    }

    public synchronized State getState() {
        return state;
    }

    public synchronized String getRejectReason() {
        return rejectReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public synchronized Instant getUpdatedAt() {
        return updatedAt;
    }

    public synchronized void replace(ListingInput newInput, State newState, Instant now) {
        this.input = newInput;
        this.price = newInput.price();
        this.stock = newInput.stock();
        this.state = newState;
        this.rejectReason = "";
        this.updatedAt = now;
    }

    public synchronized void price(long newPrice, Instant now) {
        this.price = newPrice;
        this.updatedAt = now;
    }

    public synchronized void stock(int newStock, Instant now) {
        this.stock = newStock;
        this.updatedAt = now;
    }

    /** Takes {@code quantity} units if there are enough, for a buyer's order. */
    public synchronized boolean take(int quantity, Instant now) {
        if (state != State.ACTIVE || stock < quantity) {
            return false;
        }
        stock -= quantity;
        updatedAt = now;
        return true;
    }

    public synchronized void giveBack(int quantity, Instant now) {
        stock += quantity;
        updatedAt = now;
    }

    public synchronized void state(State newState, String reason, Instant now) {
        this.state = newState;
        this.rejectReason = reason == null ? "" : reason;
        this.updatedAt = now;
    }

    @JsonIgnore
    public synchronized boolean pending() {
        return state == State.PENDING;
    }
}
