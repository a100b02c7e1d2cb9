// Helper for the languages' reason rewrites ("you both" → "you and Sue").

/** Replaces every match, keeping a capital first letter when the match had one. */
function swap(text: string, pattern: RegExp, replacement: string): string {
  return text.replace(pattern, (match: string) => {
    const first = match.charAt(0);
    if (first !== first.toLowerCase() && replacement.length > 0) {
      return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    }
    return replacement;
  });
}

/** Applies [pattern, replacement] pairs in order. */
export function swapAll(text: string, rules: ReadonlyArray<readonly [RegExp, string]>): string {
  let out = text;
  for (const [pattern, replacement] of rules) out = swap(out, pattern, replacement);
  return out;
}
