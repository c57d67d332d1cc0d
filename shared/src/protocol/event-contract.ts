import type { z } from 'zod';
import type { AckCallback } from '../ack.ts';
import type { Role } from '../schemas/auth.ts';

/** Who may send an event: the people with one of these roles, or the authenticated device. */
export type Senders = readonly Role[] | 'device';

/**
 * Whether a person with `role` may send an event with these senders: the hub's rule, which the
 * console also reads to offer only the actions the hub would accept.
 */
export function roleMaySend(senders: Senders, role: Role): boolean {
  return senders !== 'device' && senders.includes(role);
}

/** Carries an event's acknowledgement type without a runtime value; see `answeredWith`. */
declare const ackData: unique symbol;

/**
 * One row of a namespace's contract table: the schema its payload is parsed with, who may send it,
 * and (as a type only) the data of a successful acknowledgement.
 */
export type EventSpec<S extends z.ZodType = z.ZodType, R = unknown, W extends Senders = Senders> = {
  schema: S;
  sentBy: W;
  readonly [ackData]?: { readonly data: R };
};

/** A namespace's contract: every event a client may send, by name. */
export type EventTable = Record<string, EventSpec>;

/**
 * Declares a row: `answeredWith<Device[]>()({ schema, sentBy })`. Two steps because TypeScript
 * cannot take the ack type explicitly and infer the schema's type in one call.
 */
export function answeredWith<R>() {
  return <S extends z.ZodType, W extends Senders>(spec: {
    schema: S;
    sentBy: W;
  }): EventSpec<S, R, W> => spec;
}

/** The data a successful acknowledgement of this event carries. */
export type AckData<Spec> = Spec extends { readonly [ackData]?: { readonly data: infer R } }
  ? R
  : never;

/** The payload as its sender writes it (before defaults and transforms). */
export type PayloadIn<Spec extends EventSpec> = z.input<Spec['schema']>;

/** The payload as the hub's handler receives it, parsed. */
export type PayloadOut<Spec extends EventSpec> = z.output<Spec['schema']>;

/**
 * The table as socket.io's typed emitter reads it: a client emitting an event with a payload of
 * the wrong shape, or expecting the wrong answer, does not compile.
 */
export type ClientToHubEvents<T extends EventTable> = {
  [E in keyof T]: (payload: PayloadIn<T[E]>, ack: AckCallback<AckData<T[E]>>) => void;
};
