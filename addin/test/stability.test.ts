// The same draft, disturbed the way real mail is disturbed, gets the same verdict.

import { describe, expect, it } from "vitest";
import { detect } from "../src/core/detect";
import type { Draft, Person } from "../src/core/types";
import { drafts } from "./fixtures/drafts";

const keys = (d: Draft): string[] =>
  detect(d)
    .parties.map((p) => p.address || p.name)
    .sort();

function rotate<T>(list: readonly T[] | undefined, by: number): T[] {
  const l = [...(list ?? [])];
  return l.map((_, i) => l[(i + by) % l.length] as T);
}

const outsider: Person = { name: "Pat Kim", address: "pat.kim@corp.example" };

/** Wraps lines at a column, the way plain-text mailers do. */
function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      for (const word of line.split(" ")) {
        if (cur && cur.length + word.length + 1 > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(cur);
      return out.join("\n");
    })
    .join("\n");
}

const QUOTED_INTRO =
  "Hi Juan and Sue,\nI'd like to introduce you two. You should meet each other!\nI'll let you take it from here.\nAnn";

function longHistory(): string {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) lines.push(`> ${QUOTED_INTRO.split("\n")[i % 4]} (message ${i})`);
  return (
    `\n\nOn Mon, Mar 3, 2025 at 10:00 AM Ann Carter <ann@carter.example> wrote:\n${lines.join("\n")}\n\n` +
    `-----Original Message-----\nFrom: Ann Carter\nSent: Monday, March 3, 2025 9:00 AM\nTo: Juan Perez; Sue Lee\nSubject: Intro\n\n${QUOTED_INTRO.repeat(50)}`
  );
}

function asHtml(text: string): string {
  const paragraphs = text
    .split("\n\n")
    .map(
      (p) =>
        `<p style="margin:0">${p.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/\n/g, "<br>\n").replace(/\. /g, ".&nbsp; ")}</p>`
    );
  return `<div dir="ltr">${paragraphs.join("\n")}</div>`;
}

const transforms: Array<[string, (d: Draft) => Draft]> = [
  [
    "recipients shuffled",
    (d) => ({ ...d, to: rotate(d.to, 1).reverse(), cc: rotate(d.cc, 1).reverse() }),
  ],
  ["an extra Cc", (d) => ({ ...d, cc: [...(d.cc ?? []), outsider] })],
  [
    "CRLF line breaks and trailing spaces",
    (d) => ({ ...d, body: (d.body ?? "").replace(/\n/g, "  \r\n") }),
  ],
  [
    "tabs, non-breaking and zero-width spaces",
    (d) => ({
      ...d,
      body: (d.body ?? "").replace(/ /g, (m, i: number) =>
        i % 7 === 0 ? "\u00a0" : i % 11 === 0 ? " \u200b" : i % 13 === 0 ? "\t" : m
      ),
    }),
  ],
  ["hard-wrapped at 60 columns", (d) => ({ ...d, body: hardWrap(d.body ?? "", 60) })],
  ["a long quoted history below", (d) => ({ ...d, body: `${d.body ?? ""}${longHistory()}` })],
  ["HTML left-overs", (d) => ({ ...d, body: asHtml(d.body ?? "") })],
];

describe.each(transforms)("%s", (_name, transform) => {
  it.each(drafts.map((f) => [f.id, f] as const))("%s keeps its verdict", (_id, f) => {
    const before = detect(f.draft);
    const changed = transform(f.draft);
    const after = detect(changed);
    expect(after.isIntro).toBe(before.isIntro);
    expect(keys(changed)).toEqual(keys(f.draft));
  });
});
