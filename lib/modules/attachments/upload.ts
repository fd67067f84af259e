// An uploaded file handed through an action's input. Opaque on purpose: validation walks every enumerable value
// of an input (lib/validation.ts looks for NUL characters), and a megabyte's Uint8Array has a million of them; an
// Upload has none, and a schema accepts it with z.instanceof(Upload).
import type { UploadBody } from "./read-limited";

export class Upload {
  readonly #fileName: string;
  readonly #body: UploadBody;

  constructor(fileName: string, body: UploadBody) {
    this.#fileName = fileName;
    this.#body = body;
  }

  /** The name the uploader gave. */
  get fileName(): string {
    return this.#fileName;
  }

  /** The bytes, or a stream of them: storeAttachment reads it up to its limit. */
  get body(): UploadBody {
    return this.#body;
  }
}
