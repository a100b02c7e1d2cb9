// Office.js's sign-in surface, hand-written (Outlook cannot run here): the NestedAppAuth requirement
// set, the mailbox's user and Office.auth's context, and Office dialogs with their real callback and
// event shapes. A test scripts what each dialog does: fail to open with a code, answer with a
// message from some origin, or end with an event code (12006: closed by the connector).

import type {
  AuthContextLike,
  DialogLike,
  DialogResultLike,
  OfficeSignInApi,
} from "../src/office/signin";

export const ORIGIN = "https://intros.contoso.example";

export type DialogScript =
  | { openFails: number }
  | { messages: Array<{ message: string; origin?: string }>; thenEvent?: number }
  | { event: number };

export interface SignInOfficeState {
  nestedAppAuth: boolean;
  address: string;
  context: AuthContextLike | null;
  dialogs: DialogScript[];
  opened: string[];
  closed: number;
}

const later = (run: () => void) => setTimeout(run, 0);

export function signInOffice(initial: Partial<SignInOfficeState> = {}) {
  const state: SignInOfficeState = {
    nestedAppAuth: true,
    address: "alex.demo@contoso.example",
    context: null,
    dialogs: [],
    opened: [],
    closed: 0,
    ...initial,
  };
  const office: OfficeSignInApi = {
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    context: {
      requirements: {
        isSetSupported: (name, version) =>
          name === "NestedAppAuth" && version === "1.1" && state.nestedAppAuth,
      },
      mailbox: {
        userProfile: {
          get emailAddress() {
            return state.address;
          },
        },
      },
      ui: {
        displayDialogAsync(url, _options, callback) {
          state.opened.push(url);
          const script = state.dialogs.shift() ?? { event: 12006 };
          const handlers = new Map<
            string,
            (args: { message: string; origin: string | undefined } | { error: number }) => void
          >();
          const dialog: DialogLike = {
            addEventHandler: (type, handler) => void handlers.set(String(type), handler),
            close: () => void state.closed++,
          };
          if ("openFails" in script) {
            const failed: DialogResultLike = {
              status: "failed",
              value: dialog,
              error: { code: script.openFails, message: `Error ${script.openFails}` },
            };
            return later(() => callback(failed));
          }
          later(() => {
            callback({ status: "succeeded", value: dialog });
            later(() => {
              if ("event" in script)
                return handlers.get("dialogEventReceived")?.({ error: script.event });
              for (const m of script.messages)
                handlers.get("dialogMessageReceived")?.({
                  message: m.message,
                  origin: m.origin ?? ORIGIN,
                });
              if (script.thenEvent)
                handlers.get("dialogEventReceived")?.({ error: script.thenEvent });
            });
          });
        },
      },
    },
    auth: {
      getAuthContext: async () =>
        state.context ? state.context : Promise.reject(new Error("No auth context")),
    },
  };
  return { state, office };
}
