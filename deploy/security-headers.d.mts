export declare const commonHeaders: Record<string, string>;
export declare function pagePolicy(scriptHashes?: readonly string[], styleHashes?: readonly string[]): string;
export declare const headerPolicy: { page: string; other: string };
export declare const cacheControl: { immutable: string; page: string };
