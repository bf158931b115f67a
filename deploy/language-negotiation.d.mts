export declare function preferenceOrder(header: string | null | undefined): string[];
export declare function pickLanguage(tags: readonly string[], locales: readonly string[], fallback: string): string;
export declare function languagePickScript(locales: readonly string[], fallback: string): string;
export declare function nginxLanguageMaps(locales: readonly string[], fallback: string, variable?: string): string;
