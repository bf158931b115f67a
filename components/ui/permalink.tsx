import { absoluteUrl } from '@/lib/site';
import { LazyCopyLinkButton } from './lazy.client';

/** A stable link to an objective or action, with a copy button when JavaScript runs. */
export function Permalink({ path, label }: { path: string; label: string }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <a href={path} className="break-all">
        Permalink<span className="sr-only"> to {label}</span>: {absoluteUrl(path)}
      </a>
      <LazyCopyLinkButton url={absoluteUrl(path)} label={label} />
    </p>
  );
}
