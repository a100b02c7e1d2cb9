// What the add-in stores on the sandbox's compose item, with the lifetimes and limits Microsoft
// documents: custom properties are kept with the draft, session data only for the compose session.

import type { Callback, CustomPropertiesLike } from "../office/mailbox";
import { failure, ok, settle } from "./async-result";

/**
 * Office.CustomProperties: a loaded copy, written to the item only by saveAsync, and at most 2,500
 * characters as JSON. They are stored on the item, so a saved draft has them when it is opened
 * again. https://learn.microsoft.com/javascript/api/outlook/office.customproperties and
 * https://learn.microsoft.com/office/dev/add-ins/outlook/metadata-for-an-outlook-add-in
 */
export const CUSTOM_PROPERTIES_LIMIT = 2500;

export function loadCustomProperties(saved: Map<string, string>): CustomPropertiesLike {
  const loaded = new Map(saved);
  return {
    get: (name) => loaded.get(name),
    set: (name, value) => void loaded.set(name, String(value)),
    remove: (name) => void loaded.delete(name),
    saveAsync(callback?: Callback<void>) {
      if (JSON.stringify(Object.fromEntries(loaded)).length > CUSTOM_PROPERTIES_LIMIT)
        return settle(
          callback,
          failure<void>("The custom properties are longer than 2,500 characters.", 9000)
        );
      saved.clear();
      for (const [name, value] of loaded) saved.set(name, value);
      settle(callback, ok(undefined));
    },
  };
}

/**
 * Office.SessionData: belongs to this compose session of this item, so the stand-in drops it when
 * the draft is saved and reopened; the whole object is limited to 50,000 characters per add-in in
 * clients of Mailbox 1.15 or earlier, as the stand-in is. No limit on a key's length is documented.
 * https://learn.microsoft.com/javascript/api/outlook/office.sessiondata
 */
export const SESSION_DATA_LIMIT = 50_000;

export function sessionData(session: Map<string, string>) {
  return {
    getAsync: (name: string, callback: Callback<string>) => {
      const value = session.get(name);
      settle(
        callback,
        value === undefined
          ? failure<string>("The data for the given key does not exist.", 9057)
          : ok(value)
      );
    },
    setAsync: (name: string, value: string, callback?: Callback<void>) => {
      const next = new Map(session).set(name, String(value));
      if (JSON.stringify(Object.fromEntries(next)).length > SESSION_DATA_LIMIT)
        return settle(
          callback,
          failure<void>("The session data is longer than 50,000 characters.", 9000)
        );
      session.set(name, String(value));
      settle(callback, ok(undefined));
    },
    removeAsync: (name: string, callback?: Callback<void>) => {
      session.delete(name);
      settle(callback, ok(undefined));
    },
  };
}
