import { describe, expect, it } from "vitest";
import { diffMemberProfile } from "./member-profile-diff";

const alice = {
  name: "Alice",
  email: "customer@stamps.co.id",
  birthday: "2000-09-15",
  gender: "female",
  cardNumber: "123456789012",
  phone: "+6281111111",
  address: null,
};

describe("diffMemberProfile", () => {
  it("lists only the changed fields, in form order, as staff read them", () => {
    expect(
      diffMemberProfile(alice, { ...alice, address: "Jl. Sudirman 1", birthday: "2000-09-16", name: "Alice W" }),
    ).toEqual([
      { field: "name", label: "Name", before: "Alice", after: "Alice W" },
      { field: "birthday", label: "Birthday", before: "15 Sep 2000", after: "16 Sep 2000" },
      { field: "address", label: "Address", before: "—", after: "Jl. Sudirman 1" },
    ]);
  });

  it("finds nothing when only case, blanks or empty-versus-missing differ", () => {
    expect(
      diffMemberProfile(alice, { ...alice, email: "Customer@Stamps.co.id", name: " Alice ", address: "" }),
    ).toEqual([]);
  });

  it("names the gender in words", () => {
    expect(diffMemberProfile(alice, { ...alice, gender: "male" })).toEqual([
      { field: "gender", label: "Gender", before: "Female", after: "Male" },
    ]);
  });
});
