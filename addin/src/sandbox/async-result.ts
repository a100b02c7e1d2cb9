// Office.js's AsyncResult as the sandbox's stand-in hands it out: always on a later turn.

import type { AsyncResultLike, Callback } from "../office/mailbox";
import { ENUMS } from "./sandbox-office";

export function settle<T>(callback: Callback<T> | undefined, result: AsyncResultLike<T>): void {
  // Office.js never calls back synchronously.
  if (callback)
    setTimeout(() => callback({ ...result, asyncContext: undefined } as AsyncResultLike<T>), 0);
}

export const ok = <T>(value: T): AsyncResultLike<T> => ({
  status: ENUMS.AsyncResultStatus.Succeeded,
  value,
  error: null,
});

export function failure<T>(message: string, code: number): AsyncResultLike<T> {
  return {
    status: ENUMS.AsyncResultStatus.Failed,
    value: undefined as T,
    error: { message, name: "Error", code } as { message: string },
  };
}
