// Where the connector's bearer token for /api comes from, for the task pane and the event handlers.
// Today there is none: sandbox mode needs no token, and a server with Identity:ClientId set refuses
// to start until sign-in exists. Nested app authentication plugs in here.

export async function getConnectorToken(): Promise<string | null> {
  return null;
}
