// The Unicode classes the detector uses instead of \p{…}, which ECMAScript 2016 engines lack: the
// same code points as this Node's property escapes, and words bounded by letters of any script.

import { describe, expect, it } from "vitest";
import { CLASSES, classOf } from "../scripts/unicode.mjs";
import { swapWords } from "../src/core/phrases/adapt";
import * as unicode from "../src/core/unicode";

const sameUnicode = process.versions.unicode === unicode.UNICODE_VERSION;

describe("the Unicode classes", () => {
  it.runIf(sameUnicode)("are this Node's \\p{L}, \\p{Lu} and \\p{N}", () => {
    for (const [name, property] of Object.entries(CLASSES))
      expect(unicode[name as keyof typeof unicode], name).toBe(classOf(property));
  });

  it("hold nothing their property escape does not, whatever Unicode this Node has", () => {
    for (const [name, property] of Object.entries(CLASSES)) {
      const ours = new RegExp(`^[${unicode[name as keyof typeof unicode]}]$`, "u");
      const theirs = new RegExp(`^\\p{${property}}$`, "u");
      for (const c of [0x41, 0xe9, 0x3b1, 0x416, 0x5d0, 0x4e2d, 0xac00, 0x1d400, 0x20000, 0x661])
        expect(ours.test(String.fromCodePoint(c)), `${name} U+${c.toString(16)}`).toBe(
          theirs.test(String.fromCodePoint(c))
        );
    }
  });
});

describe("a rewrite of whole words", () => {
  const rules = [["ihr (?:beide|zwei)", "du und Sue"]] as const;

  it("replaces the words where no letter touches them, keeping what stood before and a capital", () => {
    expect(swapWords("Weil ihr beide, und Ihr zwei.", rules, "i")).toBe(
      "Weil du und Sue, und Du und Sue."
    );
    expect(swapWords("(ihr beide)", rules, "i")).toBe("(du und Sue)");
  });

  it("leaves words that a letter of any script touches", () => {
    for (const text of ["Wihr beide", "ihr beidex", "жihr beide", "ihr beide中", "ihr beideé"])
      expect(swapWords(text, rules, "i"), text).toBe(text);
  });
});
