/**
 * A page's <head> metadata from the page registry: title, description, canonical URL,
 * Open Graph and Twitter cards with the page's own image.
 */
import type { Metadata } from 'next';
import { siteName } from './site';
import { ogImagePath, sitePage } from './site-pages';

export function pageMetadata(path: string): Metadata {
  const page = sitePage(path);
  const image = { url: ogImagePath(path), width: 1200, height: 630, alt: page.title };
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: path },
    openGraph: { type: 'website', siteName, url: path, title: page.title, description: page.description, images: [image] },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [image] },
  };
}
