// Nested app authentication: Outlook's own signed-in account brokers the token (MSAL.js's nestable
// client). Silent first, then Outlook's sign-in window. This module carries MSAL, so the task pane
// loads it only in Entra ID mode, when NestedAppAuth 1.1 is there (a chunk of its own).

import {
  createNestablePublicClientApplication,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { MailboxUser } from "../office/signin";
import { CLIENT_CAPABILITIES, REDIRECT_PAGE, type EntraConfig } from "./config";
import { msalProblem, needsInteraction } from "./msal-errors";
import type { Broker, TokenResult } from "./problems";

/** The part of MSAL's client this flow uses: the boundary tests replace, since Outlook's broker cannot run there. */
export type NaaClient = Pick<
  IPublicClientApplication,
  "getAccount" | "acquireTokenSilent" | "ssoSilent" | "acquireTokenPopup"
>;
export type NaaClientFactory = (configuration: Configuration) => Promise<NaaClient>;

const result = (r: AuthenticationResult): TokenResult => ({
  accessToken: r.accessToken,
  expiresOn: r.expiresOn,
});

export async function naaBroker(
  config: EntraConfig,
  user: () => Promise<MailboxUser>,
  origin: string,
  create: NaaClientFactory = createNestablePublicClientApplication
): Promise<Broker> {
  let client: NaaClient;
  try {
    // The redirect page only matters if MSAL finds no broker after all and uses its own pop-up.
    client = await create({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        redirectUri: new URL(REDIRECT_PAGE, origin).toString(),
        clientCapabilities: [...CLIENT_CAPABILITIES],
      },
    });
  } catch (e) {
    throw msalProblem(e);
  }
  const scopes = config.scopes;
  const hintFor = (u: MailboxUser) => u.upn ?? u.address;
  return {
    promptsWithoutClick: true,
    async silent({ forceRefresh, claims }) {
      const u = await user();
      const withClaims = claims ? { claims } : {};
      // MSAL knows Outlook's account once a token was issued for it; before that, ssoSilent asks the broker by hint.
      const account = client.getAccount({
        username: hintFor(u),
        ...(u.tenantId ? { tenantId: u.tenantId } : {}),
      });
      try {
        return result(
          account
            ? await client.acquireTokenSilent({ scopes, account, forceRefresh, ...withClaims })
            : await client.ssoSilent({ scopes, loginHint: hintFor(u), ...withClaims })
        );
      } catch (e) {
        if (needsInteraction(e)) return null;
        throw msalProblem(e);
      }
    },
    async interactive({ claims } = {}) {
      const u = await user();
      try {
        return result(
          await client.acquireTokenPopup({
            scopes,
            loginHint: hintFor(u),
            ...(claims ? { claims } : {}),
          })
        );
      } catch (e) {
        throw msalProblem(e);
      }
    },
  };
}
