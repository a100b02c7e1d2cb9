// A message opened for reading in the sandbox, as Outlook's read item: plain properties (itemId,
// conversationId, internetMessageId, subject, from) and a body that can be read but not set.

import type { Callback, EnumValue, ReadItemLike, RecipientLike } from "../office/mailbox";
import { ok, settle } from "./async-result";

export interface ReadMessageFields {
  itemId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  from: RecipientLike | null;
  body: string;
}

export class SandboxReadItem implements ReadItemLike {
  readonly itemId: string;
  readonly conversationId: string;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly from: RecipientLike | null;
  readonly body: { getAsync(coercionType: EnumValue, callback: Callback<string>): void };

  constructor(fields: ReadMessageFields) {
    this.itemId = fields.itemId;
    this.conversationId = fields.conversationId;
    this.internetMessageId = fields.internetMessageId;
    this.subject = fields.subject;
    this.from = fields.from;
    this.body = {
      // The sandbox keeps one body, so text and HTML come back alike.
      getAsync: (_coercionType, callback) => settle(callback, ok(fields.body)),
    };
  }
}
