import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { inkwellPrisma?: PrismaClient };

export type DatabaseProvider = "sqlite" | "postgresql";

/** `file:` URLs are SQLite (the embedded default); `postgres://` and `postgresql://` URLs are PostgreSQL. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(?:ql)?:\/\//i.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)");
}

/**
 * SQLite in write-ahead-log mode with `synchronous=NORMAL`: a commit appends to the log instead of
 * syncing the database file and its journal, which made every small write (a job's progress, a
 * limit's counter) cost tens of milliseconds on ordinary disks; readers no longer wait for writers
 * either. A power cut may lose the last commits, never the database.
 */
class WalSQLite extends PrismaBetterSQLite3 {
  override async connect(): ReturnType<PrismaBetterSQLite3["connect"]> {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    return adapter;
  }
}

function createClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  const provider = databaseProvider(url);
  const adapter = provider === "postgresql" ? new PrismaPg({ connectionString: url }) : new WalSQLite({ url, timeout: 15_000 });
  try {
    return new PrismaClient({ adapter });
  } catch (error) {
    // The generated client is made for one provider (prisma generate reads DATABASE_URL through prisma.config.ts).
    const message = error instanceof Error ? error.message : String(error);
    if (/not compatible with the provider/i.test(message)) {
      throw new Error(
        `${message}\nThe Prisma client in generated/prisma was generated for another database than DATABASE_URL (${provider}). ` +
          "Run `npm start` (or `npx prisma generate`) with this DATABASE_URL to regenerate it.",
        { cause: error },
      );
    }
    throw error;
  }
}

/** The one Prisma client of this process (kept on globalThis so hot reload does not open more). */
export function db(): PrismaClient {
  globalForPrisma.inkwellPrisma ??= createClient();
  return globalForPrisma.inkwellPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.inkwellPrisma?.$disconnect();
  globalForPrisma.inkwellPrisma = undefined;
}

/**
 * The client or an open transaction: query functions that must also run inside a transaction
 * take one. Only `lib/db` and the job lifecycle (`lib/jobs`) ever hold a transaction.
 */
export type DbClient = Prisma.TransactionClient;

export type { PrismaClient };
