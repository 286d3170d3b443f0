// The port through which contacts sync reads and writes a user's CardDAV address book. The
// adapter (src/integrations/carddav) checks the outbound policy on every request and reports
// failures as an Error whose message is fit to show the user.
import type { NetworkPolicy } from './capture';

export interface CardDavConfig {
  url: string;
  user: string;
  password: string;
}

export interface AddressBookInfo {
  url: string;
  name: string;
}

/** A card as the server holds it: `href` is the server's path, `etag` its version. */
export interface RemoteCard {
  href: string;
  etag: string | null;
  text: string;
}

/** A card as a listing names it: where it is and its version, without its text. */
export interface ListedCard {
  href: string;
  etag: string | null;
}

export interface RemoteChanges {
  /** Cards new or changed since the cursor (every card when `complete`); their text is read
   * with `cards`, only for those the sync needs. */
  listed: ListedCard[];
  /** Paths of cards removed since the cursor. */
  removed: string[];
  /** `cards` is the whole address book: a known card not in it is gone. */
  complete: boolean;
  /** Opaque; stored and handed back next time. */
  cursor: string | null;
}

export type PutResult =
  | { ok: true; href: string; etag: string | null }
  /** The card changed on the server since `etag` (412), or one already exists at the path. */
  | { ok: false; reason: 'changed' };

export interface ContactsSyncClient {
  /** The address books the account can see (login checked). */
  discover(config: CardDavConfig, network: NetworkPolicy): Promise<AddressBookInfo[]>;
  changes(
    config: CardDavConfig,
    bookUrl: string,
    cursor: string | null,
    network: NetworkPolicy,
  ): Promise<RemoteChanges>;
  /**
   * The cards at these paths as they are now, a batch at a time (a few hundred per request), so
   * a book of thousands is never held whole. A card gone since it was listed is left out.
   */
  cards(
    config: CardDavConfig,
    bookUrl: string,
    hrefs: string[],
    network: NetworkPolicy,
  ): AsyncIterable<RemoteCard[]>;
  /** One card now, or null when it is gone. */
  get(config: CardDavConfig, href: string, network: NetworkPolicy): Promise<RemoteCard | null>;
  /** Writes a card: with an etag only over that version (If-Match); without, only as a new card
   * (If-None-Match: *) at `href`. */
  put(
    config: CardDavConfig,
    href: string,
    etag: string | null,
    text: string,
    network: NetworkPolicy,
  ): Promise<PutResult>;
}
