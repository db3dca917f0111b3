/** Tool version recorded in every dataset's provenance. Kept equal to package.json (checked by a test). */
export const TOOL_VERSION = '0.1.0';
export const TOOL_NAME = 'Tokscope';
