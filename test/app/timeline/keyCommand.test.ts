import { describe, expect, it } from "vitest";
import { keyCommand, ZOOM_STEP } from "../../../src/app/timeline/keyCommand.ts";

describe("timeline keys", () => {
  it("zoom with + and −, and fit everything with 0, wherever the focus is", () => {
    for (const onMark of [true, false]) {
      expect(keyCommand("+", false, onMark)).toEqual({ kind: "zoom", factor: ZOOM_STEP });
      expect(keyCommand("=", false, onMark)).toEqual({ kind: "zoom", factor: ZOOM_STEP });
      expect(keyCommand("-", false, onMark)).toEqual({ kind: "zoom", factor: 1 / ZOOM_STEP });
      expect(keyCommand("0", false, onMark)).toEqual({ kind: "fit" });
    }
  });

  it("step through events from a mark, and pan from elsewhere or with Shift", () => {
    expect(keyCommand("ArrowRight", false, true)).toEqual({ kind: "step", by: 1 });
    expect(keyCommand("ArrowUp", false, true)).toEqual({ kind: "step", by: -1 });
    expect(keyCommand("ArrowRight", true, true)).toEqual({ kind: "pan", by: 1 / 4 });
    expect(keyCommand("ArrowLeft", false, false)).toEqual({ kind: "pan", by: -1 / 4 });
  });

  it("jump to the first and last event only from a mark, and leave other keys alone", () => {
    expect(keyCommand("Home", false, true)).toEqual({ kind: "step", by: -Infinity });
    expect(keyCommand("End", false, true)).toEqual({ kind: "step", by: Infinity });
    expect(keyCommand("Home", false, false)).toBeNull();
    expect(keyCommand("a", false, true)).toBeNull();
    expect(keyCommand("Enter", false, true)).toBeNull();
  });
});
