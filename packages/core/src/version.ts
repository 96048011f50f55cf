/** The product version reported by the CLI, /healthz and the OpenAPI document. */
export const productVersion = '0.1.0';
