export { modelAvailability, type ModelAvailability, type UnavailableReason } from "./availability";
export { getModelCatalog, markModelMissing, resetModelCatalogForTests, type ModelCatalog, type ProviderModel } from "./catalog";
export { refreshModelCatalog } from "./refresh";
export { resolveImageModel, resetModelNoticesForTests, type ModelResolution } from "./resolve";
export { logModelWarnings, startModelLifecycle, stopModelLifecycle } from "./start";
export { describeModelSubstitution, getModelLifecycleStatus, type ModelLifecycleStatus, type ModelSubstitution } from "./status";
