// What in a script an ECMAScript 2016 engine cannot run: classic Outlook on Windows before
// Version 2403 runs event handlers in such a JavaScript-only runtime. The parser rejects later
// syntax and regular expression literals; esbuild lowers syntax but turns a regular expression it
// cannot lower into `new RegExp("…")` and leaves library calls alone, so those are looked for too.

import { parse, type Node } from "acorn";

/**
 * The library of ECMAScript 2017 and later, where it lives: methods of prototypes, functions of
 * constructors and globals ("this" is the global object).
 */
export const LATER_LIBRARY: ReadonlyArray<readonly [owner: string, name: string]> = [
  ...["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "at"].map(
    (name) => ["String.prototype", name] as const
  ),
  ...[
    "flat",
    "flatMap",
    "at",
    "findLast",
    "findLastIndex",
    "toSorted",
    "toReversed",
    "toSpliced",
    "with",
  ].map((name) => ["Array.prototype", name] as const),
  ["Promise.prototype", "finally"],
  ...["values", "entries", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"].map(
    (name) => ["Object", name] as const
  ),
  ...["allSettled", "any", "withResolvers"].map((name) => ["Promise", name] as const),
  ["Array", "fromAsync"],
  ...[
    "BigInt",
    "BigInt64Array",
    "BigUint64Array",
    "WeakRef",
    "FinalizationRegistry",
    "AggregateError",
    "Atomics",
    "SharedArrayBuffer",
    "globalThis",
  ].map((name) => ["this", name] as const),
];

/** Methods, looked for in calls: a field of our own may be called "at". */
const LATER_METHODS = new Set(
  LATER_LIBRARY.filter(([owner]) => owner.endsWith(".prototype")).map(([, name]) => name)
);
/** Functions of constructors, read in any way. */
const LATER_STATICS = new Set(
  LATER_LIBRARY.filter(([owner]) => !owner.includes(".") && owner !== "this").map(
    ([owner, name]) => `${owner}.${name}`
  )
);
const LATER_GLOBALS = new Set(
  LATER_LIBRARY.filter(([owner]) => owner === "this").map(([, name]) => name)
);
/** Pattern syntax after ES2016: lookbehind, named groups, property escapes. */
const LATER_PATTERN = /\(\?<[=!]|\(\?<[A-Za-z_$]|\\k<|\\[pP]\{/;
const LATER_FLAGS = /[sdv]/;

type AnyNode = Node & Record<string, unknown>;

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "range") continue;
    for (const item of Array.isArray(value) ? value : [value])
      if (item && typeof item === "object" && typeof (item as AnyNode).type === "string")
        out.push(item as AnyNode);
  }
  return out;
}

function propertyName(node: AnyNode): string | null {
  const property = node.property as AnyNode;
  if (!node.computed && property.type === "Identifier") return property.name as string;
  if (property.type === "Literal" && typeof property.value === "string") return property.value;
  return null;
}

/** The text of every string and template part under a node. */
function strings(node: AnyNode): string[] {
  if (node.type === "Literal" && typeof node.value === "string") return [node.value];
  if (node.type === "TemplateElement")
    return [String((node.value as { cooked?: string }).cooked ?? "")];
  return children(node).flatMap(strings);
}

/** Empty when every line of `code` runs on an ECMAScript 2016 engine; else one line per problem. */
export function es2016Problems(code: string): string[] {
  const problems = new Set<string>();
  let program: AnyNode;
  try {
    program = parse(code, { ecmaVersion: 2016, sourceType: "script" }) as unknown as AnyNode;
  } catch (e) {
    problems.add(`not ECMAScript 2016 syntax: ${e instanceof Error ? e.message : String(e)}`);
    // Read on with today's syntax, to name the library calls as well.
    program = parse(code, { ecmaVersion: "latest", sourceType: "script" }) as unknown as AnyNode;
  }
  const visit = (node: AnyNode) => {
    if (node.type === "MemberExpression") {
      const name = propertyName(node);
      const object = node.object as AnyNode;
      const owner = object.type === "Identifier" ? (object.name as string) : "";
      if (name && LATER_STATICS.has(`${owner}.${name}`)) problems.add(`${owner}.${name}`);
    }
    if (node.type === "CallExpression" && (node.callee as AnyNode).type === "MemberExpression") {
      const name = propertyName(node.callee as AnyNode);
      if (name && LATER_METHODS.has(name)) problems.add(`.${name}`);
    }
    if (node.type === "Identifier" && LATER_GLOBALS.has(node.name as string))
      problems.add(node.name as string);
    if (
      (node.type === "NewExpression" || node.type === "CallExpression") &&
      (node.callee as AnyNode).type === "Identifier" &&
      (node.callee as AnyNode).name === "RegExp"
    ) {
      const [pattern, flags] = node.arguments as AnyNode[];
      if (pattern && strings(pattern).some((s) => LATER_PATTERN.test(s)))
        problems.add(`new RegExp with a pattern after ES2016: ${code.slice(node.start, node.end)}`);
      if (flags && strings(flags).some((s) => LATER_FLAGS.test(s)))
        problems.add(`new RegExp with a flag after ES2016: ${code.slice(node.start, node.end)}`);
    }
    for (const child of children(node)) visit(child);
  };
  visit(program);
  return [...problems];
}
