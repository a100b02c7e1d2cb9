// The Office.js side of signing in, beside the mailbox adapter and like it the only code that
// touches these APIs: whether Outlook offers nested app authentication, who the mailbox's user is,
// and the Office dialog used where NAA is not available.

import type { EnumValue } from "./mailbox";

/** The user of the mailbox the add-in runs in, from Office: the address always, the rest when Office says. */
export interface MailboxUser {
  address: string;
  /** The user principal name, which may differ from the primary address. */
  upn: string | null;
  tenantId: string | null;
}

export interface AuthContextLike {
  userPrincipalName: string;
  tenantId: string;
}

export interface DialogLike {
  addEventHandler(
    eventType: EnumValue,
    handler: (args: { message: string; origin: string | undefined } | { error: number }) => void
  ): void;
  close(): void;
}

export interface DialogResultLike {
  status: EnumValue;
  value: DialogLike;
  error?: { code: number; message: string } | null;
}

/** Exactly what signing in uses of the `Office` global. */
export interface OfficeSignInApi {
  AsyncResultStatus: { readonly Succeeded: EnumValue };
  EventType: { readonly DialogMessageReceived: EnumValue; readonly DialogEventReceived: EnumValue };
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox: { userProfile: { emailAddress: string } };
    ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number },
        callback: (result: DialogResultLike) => void
      ): void;
    };
  };
  auth?: { getAuthContext(): Promise<AuthContextLike> } | undefined;
}

export function officeSignInApi(): OfficeSignInApi {
  return Office;
}

/** An Office dialog that did not give an answer: `code` is Office's (12002, 12006, 12009, …). */
export class DialogError extends Error {
  constructor(
    readonly code: number,
    message: string
  ) {
    super(message);
    this.name = "DialogError";
  }
}

export interface SignInHost {
  supportsNestedAppAuth(): boolean;
  mailboxUser(): Promise<MailboxUser>;
  /** Opens our page in an Office dialog and resolves with its first message; the dialog is closed then. */
  dialog(url: string): Promise<string>;
}

export function officeSignInHost(office: OfficeSignInApi): SignInHost {
  const nestedAppAuth = () => {
    try {
      return office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
    } catch {
      return false;
    }
  };
  return {
    supportsNestedAppAuth: nestedAppAuth,
    async mailboxUser() {
      const address = office.context.mailbox.userProfile.emailAddress;
      // getAuthContext comes with NestedAppAuth 1.1; without it only the address is known.
      const context =
        nestedAppAuth() && office.auth
          ? await office.auth.getAuthContext().catch(() => null)
          : null;
      return {
        address,
        upn: context?.userPrincipalName || null,
        tenantId: context?.tenantId || null,
      };
    },
    dialog(url) {
      const origin = new URL(url).origin;
      return new Promise<string>((resolve, reject) => {
        office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
          if (result.status !== office.AsyncResultStatus.Succeeded) {
            return reject(
              new DialogError(
                result.error?.code ?? 0,
                result.error?.message ?? "The dialog did not open."
              )
            );
          }
          const dialog = result.value;
          let settled = false;
          const finish = (settle: () => void) => {
            if (settled) return;
            settled = true;
            try {
              dialog.close();
            } catch {
              // Already closed by the connector.
            }
            settle();
          };
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
            // Only our own page may answer; a page the dialog was sent to elsewhere may not.
            if (!("message" in args) || (args.origin !== undefined && args.origin !== origin))
              return;
            finish(() => resolve(args.message));
          });
          dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
            const code = "error" in args ? args.error : 0;
            finish(() => reject(new DialogError(code, `The dialog ended (${code}).`)));
          });
        });
      });
    },
  };
}

/** What the dialog page uses of the `Office` global. */
export interface DialogPageApi {
  onReady(): Promise<unknown>;
  context: { ui: { messageParent(message: string): void } };
}

export function dialogPageApi(): DialogPageApi {
  return Office;
}
