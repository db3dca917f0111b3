/** Network calls (build, metrics, export). Filled in by the networks feature. */
export const networksSchemas = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NetworksResults {}
