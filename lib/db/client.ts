import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { inkwellPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: getEnv().DATABASE_URL, timeout: 15_000 });
  return new PrismaClient({ adapter });
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

export type { PrismaClient };
