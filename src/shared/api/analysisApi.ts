/** Analysis calls (engagement, posting patterns, top entities, trends). Filled in by the analysis feature. */
export const analysisSchemas = {};

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnalysisResults {}
