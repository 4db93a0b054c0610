import { describe, expect, it } from "vitest";
import type { EarningItem } from "./earning-rule";
import { eligibleSpend, paymentStampsShare, stampsForTransaction } from "./earning-rule";

const item = (overrides: Partial<EarningItem>): EarningItem => ({
  subtotal: null,
  quantity: 1,
  stampsSubtotal: null,
  eligibleForStamps: true,
  productStamps: null,
  ...overrides,
});
const stamps = (totalValue: number, items: EarningItem[] = [], customStamps: number | null = null) =>
  stampsForTransaction({ totalValue, items, customStamps, valuePerStamp: 10000 });

describe("stampsForTransaction", () => {
  it("earns one stamp per full Rp 10,000", () => {
    expect(stamps(50000)).toBe(5);
    expect(stamps(59999)).toBe(5);
    expect(stamps(9999)).toBe(0);
    expect(stamps(0.1 * 3 * 100000)).toBe(3);
  });

  it("takes custom stamps as they are", () => {
    expect(stamps(50000, [], 10)).toBe(10);
    expect(stamps(50000, [], 0)).toBe(0);
  });

  it("leaves items that are not eligible out of the value", () => {
    expect(stamps(50000, [item({ subtotal: 15000, eligibleForStamps: false })])).toBe(3);
  });

  it("gives items with stamps_subtotal their stamps instead of their value's", () => {
    // The document's example without custom stamps: Cappucino earns 4, Iced Tea is not eligible.
    const items = [
      item({ subtotal: 10000, stampsSubtotal: 4 }),
      item({ subtotal: 5000, stampsSubtotal: 4, eligibleForStamps: false }),
    ];
    expect(stamps(50000, items)).toBe(4 + 3);
  });

  it("uses the catalogue's fixed stamps per unit", () => {
    expect(stamps(300000, [item({ subtotal: 300000, quantity: 2, productStamps: 5 })])).toBe(10);
  });

  it("never goes below zero", () => {
    expect(stamps(1000, [item({ subtotal: 50000, eligibleForStamps: false })])).toBe(0);
  });
});

describe("eligibleSpend", () => {
  it("counts the whole value without payments", () => {
    expect(eligibleSpend(50000, [])).toBe(50000);
  });

  it("counts only payments eligible for membership, at most the value", () => {
    const payments = [
      { value: 30000, eligibleForMembership: true },
      { value: 20000, eligibleForMembership: false },
    ];
    expect(eligibleSpend(50000, payments)).toBe(30000);
    expect(eligibleSpend(20000, payments)).toBe(20000);
  });
});

describe("paymentStampsShare", () => {
  it("splits the stamps by payment value", () => {
    expect(paymentStampsShare(150, 1500000, 1500000)).toBe(150);
    expect(paymentStampsShare(5, 30000, 50000)).toBe(3);
    expect(paymentStampsShare(5, 30000, 0)).toBe(0);
  });
});
