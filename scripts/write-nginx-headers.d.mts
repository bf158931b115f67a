export declare function nginxHeaders(): string;
