// An imported catalog of latest versions (a district's or a vendor's list).
import { z } from 'zod';
import type { Platform } from '../inventory.ts';

/** One catalog line: the latest version of a title, as a district or vendor list says. */
export type CatalogEntry = {
  title: string;
  titleKey: string;
  latestVersion: string;
  releaseDate: string | null;
  source: string | null;
  platform: Platform | null;
};

/** `PUT /api/software/catalog`: replaces the catalog with a JSON or CSV document. */
export const catalogImportSchema = z.strictObject({
  format: z.enum(['json', 'csv']),
  text: z.string().min(1).max(4_000_000),
});
