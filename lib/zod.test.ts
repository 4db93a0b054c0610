import { describe, expect, it } from "vitest";
import { ZUpdateMemberFields } from "@/lib/schemas/members";
import { ZMerchantFields } from "@/lib/schemas/merchants";
import { ZOptionalRupiah } from "@/lib/schemas/transactions";
import { z } from "@/lib/zod";

const messagesOf = (result: { error?: z.ZodError }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("the app's zod error map", () => {
  it("words zod's own issues as sentences about the input", () => {
    expect(messagesOf(z.string().max(120).safeParse("x".repeat(121)))).toEqual(["Use at most 120 characters"]);
    expect(messagesOf(z.string().min(3).safeParse("ab"))).toEqual(["Use at least 3 characters"]);
    expect(messagesOf(z.email().safeParse("a@b"))).toEqual(["Enter a valid email address, like name@example.com"]);
    expect(messagesOf(z.number().safeParse("abc"))).toEqual(["Enter a number"]);
    expect(messagesOf(z.number().int().safeParse(1.5))).toEqual(["Enter a whole number"]);
    expect(messagesOf(z.number().positive().safeParse(0))).toEqual(["Enter a number above 0"]);
    expect(messagesOf(z.enum(["male", "female"]).safeParse("x"))).toEqual(["Choose male or female"]);
    expect(messagesOf(z.string().safeParse(undefined))).toEqual(["Fill this in"]);
  });

  it("keeps a schema's own message", () => {
    expect(messagesOf(z.string().max(2, "Two at most").safeParse("abc"))).toEqual(["Two at most"]);
  });

  it("answers an optional field with the message of what was typed, not of the empty choice", () => {
    expect(messagesOf(ZOptionalRupiah.safeParse("abc"))).toEqual(["Enter an amount in Rupiah, e.g. 50000"]);
    const member = { name: "A", birthday: "1990-01-01", gender: "male", email: "a@b" };
    expect(messagesOf(ZUpdateMemberFields.safeParse(member))).toEqual([
      "Enter a valid email address, like name@example.com",
    ]);
    expect(messagesOf(z.union([z.literal(""), z.string().min(8)]).safeParse("abc"))).toEqual([
      "Use at least 8 characters",
    ]);
  });

  it("words a merchant name that is too long", () => {
    const issues = ZMerchantFields.safeParse({ name: "m".repeat(121) }).error?.issues ?? [];
    expect(issues.find((issue) => issue.path[0] === "name")?.message).toBe("Use at most 120 characters");
  });
});
