import { z } from 'zod';
import { MAX_SHORT_STRING } from '../limits.ts';

/** A short string from a machine or a person: names, versions, ids. */
export const shortString = z.string().max(MAX_SHORT_STRING);

/** A non-empty short string. */
export const nonEmptyShortString = shortString.min(1);

/** An ISO-8601 timestamp with offset, as produced by `Date.prototype.toISOString`. */
export const isoTimestamp = z.iso.datetime({ offset: true });

/** Ids minted by the hub (UUIDs). */
export const idSchema = z.uuid();

/** The payload of a request that asks for something without parameters (`tasks:list`). */
export const emptyPayloadSchema = z.strictObject({});
