// Types of events-build.mjs for the TypeScript tests.
export const TARGET: string[];
export const EVENTS_TARGET: string[];
export function buildEvents(options: {
  root: string;
  outdir: string;
  origin: string;
}): Promise<string>;
