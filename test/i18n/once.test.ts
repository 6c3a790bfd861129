import { describe, expect, it } from "vitest";
import { once } from "../../src/i18n/once.ts";

describe("once", () => {
  it("makes its value on the first call only, and not before", () => {
    let made = 0;
    const formatter = once(() => ({ made: ++made }));
    expect(made).toBe(0);
    const first = formatter();
    expect(formatter()).toBe(first);
    expect(made).toBe(1);
  });

  it("keeps a value that is undefined instead of making it again", () => {
    let made = 0;
    const nothing = once(() => {
      made++;
      return undefined;
    });
    nothing();
    nothing();
    expect(made).toBe(1);
  });
});
