import { randomUUID } from "node:crypto";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { resolveDatabaseUrl } from "./lib/db/url";

// The Prisma CLI ignores .env when this file exists, so the URL is resolved here the same way the app does.
const url = resolveDatabaseUrl(process.env.DATABASE_URL);
process.env.DATABASE_URL = url;

type Provider = "sqlite" | "postgresql";

function providerOfUrl(value: string): Provider | undefined {
  if (value.startsWith("file:")) return "sqlite";
  if (/^postgres(?:ql)?:\/\//i.test(value)) return "postgresql";
  return undefined;
}

/**
 * SQLite (`file:` URLs) is the embedded default; a `postgres://` or `postgresql://` URL selects the
 * generated PostgreSQL schema and its migrations (prisma/postgres, made by scripts/db-postgres.mjs).
 * INKWELL_DB_PROVIDER=sqlite|postgresql forces the choice for commands that need no connection
 * (`prisma generate`, `prisma migrate diff`), e.g. to generate the SQLite client for the tests.
 */
function chooseProvider(): Provider {
  const forced = process.env.INKWELL_DB_PROVIDER?.trim();
  if (forced === "sqlite" || forced === "postgresql") return forced;
  if (forced) throw new Error(`INKWELL_DB_PROVIDER must be "sqlite" or "postgresql", not "${forced}"`);
  const inferred = providerOfUrl(url);
  if (!inferred) throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)");
  return inferred;
}

const provider = chooseProvider();

// The schema's datasource checks that DATABASE_URL fits its provider even for commands that never
// connect: when INKWELL_DB_PROVIDER overrides the URL's provider, those see a placeholder of the
// right kind (adapter() below still refuses to connect with a URL of the other kind).
if (providerOfUrl(url) !== provider) {
  process.env.DATABASE_URL = provider === "sqlite" ? "file:./data/placeholder.db" : "postgresql://placeholder@localhost:5432/placeholder";
}

/**
 * `prisma migrate deploy` with @prisma/adapter-pg 6.19 fails with "Column type 'name' could not be
 * deserialized" (and `migrate diff` with "Column type 'char' …"): the migration engine reads catalog
 * columns of PostgreSQL's internal types, which the adapter does not map. Their text form is what
 * the engine wants, so the CLI's connections report such columns as `text` (`text[]` for `name[]`):
 * the listener below runs before pg's own (added on connect) and edits the row description every
 * result is built from. Only the CLI uses this; the app never reads catalog columns.
 */
const PG_TEXT_OID = 25;
const PG_TEXT_ARRAY_OID = 1009;
const PG_NAME_ARRAY_OID = 1003;
// "char", name, int2vector, regproc, xid, cid, oidvector, pg_node_tree, aclitem
const PG_CATALOG_OIDS = new Set([18, 19, 22, 24, 28, 29, 30, 194, 1033]);

class CliClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.connection.prependListener("rowDescription", (message: { fields?: Array<{ dataTypeID: number }> }) => {
      for (const field of message.fields ?? []) {
        if (PG_CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = PG_TEXT_OID;
        else if (field.dataTypeID === PG_NAME_ARRAY_OID) field.dataTypeID = PG_TEXT_ARRAY_OID;
      }
    });
  }
}

function cliPool(connectionString: string): pg.Pool {
  // allowExitOnIdle: the CLI exits as soon as it is done instead of waiting for idle connections to time out.
  return new pg.Pool({ connectionString, Client: CliClient, allowExitOnIdle: true });
}

/**
 * adapter-pg builds the shadow database's pool as `{ ...config, database }`, which a connection
 * string overrides, so `prisma migrate diff --from-migrations` would replay the migrations into
 * DATABASE_URL's own database. This factory points the shadow pool at the shadow database's URL.
 */
class CliPrismaPg extends PrismaPg {
  override async connectToShadowDb(): ReturnType<PrismaPg["connectToShadowDb"]> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowUrl = new URL(url);
    shadowUrl.pathname = `/${database}`;
    const shadow = await new PrismaPg(cliPool(shadowUrl.toString()), { disposeExternalPool: true }).connect();
    const release = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await release();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
    };
    return shadow;
  }
}

/**
 * `prisma migrate diff --from-migrations` replays the SQLite migrations into an in-memory shadow
 * database through the adapter's queryRaw/executeRaw, which prepare one statement only ("The supplied
 * SQL string contains more than one statement"). A migration script is run whole instead.
 */
type SqliteShadow = Awaited<ReturnType<PrismaBetterSQLite3["connectToShadowDb"]>>;

function isMultiStatementError(error: unknown): boolean {
  return error instanceof Error && /more than one statement/i.test(error.message);
}

class CliPrismaBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connectToShadowDb(): Promise<SqliteShadow> {
    const shadow = await super.connectToShadowDb();
    const queryRaw = shadow.queryRaw.bind(shadow);
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.queryRaw = async (query) => {
      try {
        return await queryRaw(query);
      } catch (error) {
        if (!isMultiStatementError(error) || query.args.length > 0) throw error;
        await shadow.executeScript(query.sql);
        return { columnNames: [], columnTypes: [], rows: [] };
      }
    };
    shadow.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (!isMultiStatementError(error) || query.args.length > 0) throw error;
        await shadow.executeScript(query.sql);
        return 0;
      }
    };
    return shadow;
  }
}

const layout: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: { schema: path.join("prisma", "schema.prisma"), migrations: path.join("prisma", "migrations") },
  postgresql: {
    schema: path.join("prisma", "postgres", "schema.prisma"),
    migrations: path.join("prisma", "postgres", "migrations"),
  },
};

export default defineConfig({
  schema: layout[provider].schema,
  migrations: { path: layout[provider].migrations },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const actual = providerOfUrl(url);
    if (actual !== provider) {
      throw new Error(`DATABASE_URL is not a ${provider} URL but INKWELL_DB_PROVIDER=${provider}: unset one of them`);
    }
    if (provider === "postgresql") return new CliPrismaPg(cliPool(url));
    return new CliPrismaBetterSQLite3({ url });
  },
});
