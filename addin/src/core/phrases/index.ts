// The languages the core knows, in the order used to break ties (English first).

import type { LanguageCode } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { nl } from "./nl";
import type { LanguagePack } from "./pack";
import { pt } from "./pt";

export type { LanguagePack, RequestWording } from "./pack";

export const PACKS: readonly LanguagePack[] = [en, de, fr, es, nl, pt];

export function pack(code: LanguageCode): LanguagePack {
  return PACKS.find((p) => p.code === code) ?? en;
}
