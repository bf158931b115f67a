export declare function withAsciiElisions(text: string): string;
export declare function withoutElisions(query: string): string;
