// Types of manifest.mjs for the TypeScript tests.
export const SOURCE: string;
export const DEV_ORIGIN: string;
export function parseOrigin(text: string): string;
export function productionManifest(origin: string, source?: string): string;
export function writeManifest(origin: string, out?: string): string;
export function readOptions(
  names: string[],
  argv?: string[],
  env?: Record<string, string | undefined>
): Record<string, string | undefined>;
export function chooseOrigin(
  options: { origin?: string | undefined },
  env?: Record<string, string | undefined>
): { origin: string; from: string };
