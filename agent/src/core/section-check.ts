// The agent's check of a collected section against the contract before it goes in a report: data
// the hub would refuse would otherwise void the whole report. It reads the contract as JSON
// Schema, generated from shared/'s zod schemas (see agent/tools/section-json-schemas.ts), and
// never loads zod; the hub checks again with zod itself.
import { Validator } from '@cfworker/json-schema';
import type { SectionName } from '@handraise/shared';
import { SECTION_JSON_SCHEMAS } from './generated/section-json-schemas.ts';

export type SectionCheck = { ok: true } | { ok: false; where: string; message: string };

const validators = new Map<SectionName, Validator>();

function validatorFor(name: SectionName): Validator {
  let validator = validators.get(name);
  if (!validator) {
    // Stops at the first error: one is enough to leave the section out, and it is quicker.
    validator = new Validator(SECTION_JSON_SCHEMAS[name], '2020-12', true);
    validators.set(name, validator);
  }
  return validator;
}

/** Whether `value` is what the contract takes for the section, else where and why not. */
export function checkSection(name: SectionName, value: unknown): SectionCheck {
  const result = validatorFor(name).validate(value);
  if (result.valid) return { ok: true };
  // The innermost error names the value at fault; the outer ones only say that it failed below.
  const error = result.errors.at(-1);
  const where = (error?.instanceLocation ?? '#').replace(/^#\/?/, '').replaceAll('/', '.');
  return { ok: false, where, message: error?.error ?? 'not what the contract takes' };
}
