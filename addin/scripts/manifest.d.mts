// Types of manifest.mjs for the TypeScript tests.
export const SOURCE: string;
export const DEV_ORIGIN: string;
export function parseOrigin(text: string): string;
export function productionManifest(origin: string, source?: string): string;
export function writeManifest(origin: string, out?: string): string;
export function option(name: string, fallback: string | undefined): string | undefined;
