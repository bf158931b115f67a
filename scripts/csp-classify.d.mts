export declare function sha256(text: string): string;
export declare function isFrameworkScript(body: string): boolean;
export declare function classifyPage(html: string, own?: { ownScripts?: readonly string[]; ownStyles?: readonly string[] }): { scriptHashes: string[]; styleHashes: string[]; rejected: string[] };
export declare function withPolicy(html: string, policy: string): string;
