/**
 * What the provider says about its models (`GET /v1/models`), as this process last read it. Each
 * process (web server, worker) reads the list itself at start and then daily: the call is free,
 * quick and unmetered, so sharing it through the database would add a table and a migration for
 * nothing; processes may disagree for at most a day, and each one's choice is the same table's
 * successor chain.
 */
export interface ProviderModel {
  id: string;
  /** `YYYY-MM-DD`, or null when no shutdown is announced. */
  shutdownDate: string | null;
}

export interface ModelCatalog {
  fetchedAt: Date;
  models: ReadonlyMap<string, ProviderModel>;
}

interface CatalogState {
  catalog: ModelCatalog | null;
  /** Models that answered `404 model_not_found` since the last read: treated as absent. */
  missing: Set<string>;
  /** The last read's failure, for operators (null after a good read). */
  error: string | null;
}

const globalForCatalog = globalThis as unknown as { inkwellModelCatalog?: CatalogState };

function state(): CatalogState {
  globalForCatalog.inkwellModelCatalog ??= { catalog: null, missing: new Set(), error: null };
  return globalForCatalog.inkwellModelCatalog;
}

/** The provider's list as last read, or null before the first good read (the table decides then). */
export function getModelCatalog(): ModelCatalog | null {
  return state().catalog;
}

export function setModelCatalog(catalog: ModelCatalog): void {
  const s = state();
  s.catalog = catalog;
  s.missing.clear();
  s.error = null;
}

export function setModelCatalogError(message: string): void {
  state().error = message;
}

export function getModelCatalogError(): string | null {
  return state().error;
}

/** A model the provider no longer knows (it answered `model_not_found`): absent until the next read. */
export function markModelMissing(id: string): void {
  state().missing.add(id);
}

export function isMarkedMissing(id: string): boolean {
  return state().missing.has(id);
}

/** Tests start every case from an unread catalog. */
export function resetModelCatalogForTests(): void {
  globalForCatalog.inkwellModelCatalog = { catalog: null, missing: new Set(), error: null };
}
