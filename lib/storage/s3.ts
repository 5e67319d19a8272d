import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { BlobStore } from "./types";

// The same rule as the local store, so a key that works on one store works on the other.
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export interface S3BlobStoreOptions {
  bucket: string;
  region: string;
  /** Endpoint of a non-AWS service (MinIO, R2, …); unset for AWS S3. */
  endpoint?: string;
  /** Both or neither; unset uses the SDK's default credential chain. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** endpoint/bucket/key URLs instead of bucket.endpoint/key (MinIO and most self-hosted services). */
  forcePathStyle?: boolean;
  /** Folder inside the bucket for every key ("inkwell" and "inkwell/" are the same). */
  prefix?: string;
}

/** "a/b" → "a/b/", "/a/" → "a/", "" → "". */
function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").trim().replace(/^\/+/, "").replace(/\/+$/, "");
  if (trimmed === "") return "";
  if (!SAFE_KEY.test(trimmed) || trimmed.includes("..")) throw new Error(`Invalid S3_PREFIX: ${prefix ?? ""}`);
  return `${trimmed}/`;
}

function httpStatus(error: unknown): number | undefined {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode;
  const metadata = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata;
  return metadata?.httpStatusCode;
}

/** The object is missing (a missing bucket is a configuration error and is not swallowed). */
function isMissingObject(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  if (name === "NoSuchBucket") return false;
  return name === "NoSuchKey" || name === "NotFound" || httpStatus(error) === 404;
}

/** An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …). */
export class S3BlobStore implements BlobStore {
  readonly kind = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.prefix = normalisePrefix(options.prefix);
    const credentials =
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(credentials ? { credentials } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      // Other services do not all accept the checksums the SDK adds by default since 3.729.
      ...(options.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
      requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
      maxAttempts: 3,
    });
  }

  private keyOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`Invalid blob key: ${key}`);
    return `${this.prefix}${key}`;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    // One PutObject is atomic: readers see the old object or the new one, never part of it.
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key), Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      if (!result.Body) return Buffer.alloc(0);
      return Buffer.from(await result.Body.transformToByteArray());
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
    } catch (error) {
      if (isMissingObject(error)) return;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      return true;
    } catch (error) {
      if (isMissingObject(error)) return false;
      throw error;
    }
  }

  /** Writes and removes a small probe object: proves the bucket exists and the credentials may write. */
  async check(): Promise<void> {
    // Writes nothing: the bucket exists and these credentials reach it.
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  /** Closes the SDK's sockets (tests and short-lived scripts). */
  destroy(): void {
    this.client.destroy();
  }
}
