// Types of unicode.mjs for the TypeScript tests.
export const CLASSES: Record<string, string>;
export function classOf(property: string): string;
export function unicodeModule(): string;
