import "server-only";
import { AppError } from "@/lib/errors";
import { db, type DbClient } from "./client";

export interface PhotoRecord {
  id: string;
  userId: string;
  storageKey: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  createdAt: Date;
}

const select = { id: true, userId: true, storageKey: true, width: true, height: true, bytes: true, sha256: true, createdAt: true } as const;

export async function getPhotoOrThrow({ id, userId }: { id: string; userId: string }): Promise<PhotoRecord> {
  const photo = await db().photo.findFirst({ where: { id, userId }, select });
  if (!photo) throw new AppError("not_found:photo", "This photo does not exist.");
  return photo;
}

export async function findPhotoBySha({ userId, sha256 }: { userId: string; sha256: string }): Promise<PhotoRecord | null> {
  return db().photo.findFirst({ where: { userId, sha256 }, select });
}

/** A cleaned photo whose file is already stored; its id is chosen first so a job can name it. */
export type NewPhoto = Omit<PhotoRecord, "createdAt">;

export async function insertPhoto(client: DbClient, photo: NewPhoto): Promise<void> {
  await client.photo.create({ data: photo, select: { id: true } });
}
