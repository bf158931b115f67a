export const HYDRATED_PAGES: ReadonlyArray<{ page: RegExp; why: string }>;
export const RENDER_ONLY_CLIENT_MODULES: readonly string[];
