export declare const commonHeaders: Record<string, string>;
export declare function contentSecurityPolicy(scriptHashes?: string[], styleHashes?: string[]): string;
export declare const cacheControl: { immutable: string; page: string };
