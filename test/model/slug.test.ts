import { describe, expect, it } from "vitest";
import { slug } from "../../src/model/slug.ts";

describe("slug", () => {
  it("makes one id of a name however it is written", () => {
    expect(slug("SAS Institute")).toBe("sas-institute");
    expect(slug("Société Générale")).toBe("societe-generale");
    expect(slug("Plague Inc.")).toBe("plague-inc");
  });

  it("gives nothing for a name with no Latin letter or digit", () => {
    expect(slug("قرآن مجید")).toBe("");
  });
});
