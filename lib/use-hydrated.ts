import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * false in the HTML built at export time (the no-JavaScript view), true once the page
 * runs in a browser. Controls that need JavaScript render only when this is true.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** A value computed in the browser only; `serverValue` in the exported HTML. */
export function useBrowserValue<T extends string | boolean | number>(browserValue: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, browserValue, () => serverValue);
}
