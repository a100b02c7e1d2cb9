// The library functions of later ECMAScript that events.js calls, defined where the engine lacks
// them: classic Outlook on Windows before Version 2403 runs event handlers on an ECMAScript 2016
// engine, and esbuild lowers syntax but not library calls. Built into the top of events.js
// (scripts/events-build.mjs), ahead of esbuild's own helpers, which read
// Object.getOwnPropertyDescriptors as the script starts. pane-tests/bundle.test.ts runs events.js
// on an engine without any of them.

/** What this defines, as pane-tests/es2016.ts names a call of it. */
export const POLYFILLED = [
  "Object.getOwnPropertyDescriptors",
  "Object.entries",
  ".flatMap",
  ".trimStart",
  ".trimEnd",
  ".padStart",
  ".finally",
];

function define(target: object, name: string, value: unknown): void {
  if (!(name in target))
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

define(Object, "getOwnPropertyDescriptors", (o: object) => {
  const out: Record<PropertyKey, PropertyDescriptor | undefined> = {};
  for (const key of Reflect.ownKeys(o)) out[key] = Object.getOwnPropertyDescriptor(o, key);
  return out;
});

define(Object, "entries", (o: Record<string, unknown>) => Object.keys(o).map((k) => [k, o[k]]));

define(Array.prototype, "flatMap", function <
  T,
  U,
>(this: T[], f: (value: T, index: number, array: T[]) => U | readonly U[], self?: unknown): U[] {
  const out: U[] = [];
  this.forEach((value, index, array) => {
    const mapped = f.call(self, value, index, array);
    if (Array.isArray(mapped)) for (const item of mapped as readonly U[]) out.push(item);
    else out.push(mapped as U);
  });
  return out;
});

// \s is the white space and line terminators that String.prototype.trim removes.
define(String.prototype, "trimStart", function (this: string) {
  return String(this).replace(/^\s+/, "");
});
define(String.prototype, "trimEnd", function (this: string) {
  return String(this).replace(/\s+$/, "");
});

define(String.prototype, "padStart", function (this: string, length: number, fill = " ") {
  const text = String(this);
  const needed = length - text.length;
  if (needed <= 0 || !fill) return text;
  let pad = "";
  while (pad.length < needed) pad += fill;
  return pad.slice(0, needed) + text;
});

define(Promise.prototype, "finally", function <T>(this: Promise<T>, f: () => unknown) {
  return this.then(
    (value) => Promise.resolve(f()).then(() => value),
    (error: unknown) =>
      Promise.resolve(f()).then(() => {
        throw error;
      })
  );
});
