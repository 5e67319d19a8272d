import "server-only";
/** Where image and photo bytes live. Keys are relative paths such as `images/<user>/<id>.png`. */
export interface BlobStore {
  readonly kind: "local" | "s3";
  /** Writes the whole object atomically: a reader sees the old bytes or the new ones, never half. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** A cheap check that the store is there and reachable, for the health endpoint; it writes nothing. */
  check(): Promise<void>;
}
