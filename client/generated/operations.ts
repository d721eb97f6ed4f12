/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How a streamer stores its catalogue. */
export type StorageKind =
  | 'CSV'
  | 'JSON'
  | 'SQLITE';

export type ClientStreamersQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientStreamersQuery = { streamers: Array<{ name: string, subgraph: string, entityType: string, storage: StorageKind, schema: unknown, entityFields: Array<string>, api: { list: string, byId: string, loadReport: string, captures: string, captureOne: string, captureBatch: string, inputType: string }, inputFields: Array<{ name: string, type: string, list: boolean, required: boolean, description: string | null, nativeName: string }> }> };
