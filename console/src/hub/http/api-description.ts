import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ERROR_CODES,
  fleetAgentCostSchema,
  fleetHardwareHealthSchema,
  PROTOCOL_VERSION,
} from '@handraise/shared';
import { PUBLIC } from './access.ts';
import type { HttpApp } from './http-app.ts';

/** Where the description is served: what a district's other systems read to integrate. */
export const OPENAPI_PATH = '/api/openapi.json';

/** Routes that answer a file rather than the JSON envelope. */
const FILE_ROUTES = /\/screenshot$|\.csv$/;

/** The shape of `data` for the routes whose answer has a schema of its own (others: any). */
const ANSWERS: Readonly<Record<string, z.ZodType>> = {
  '/api/fleet/hardware-health': fleetHardwareHealthSchema,
  '/api/fleet/agent-cost': fleetAgentCostSchema,
};

/** A route's `data` as JSON Schema (2020-12, the dialect of OpenAPI 3.1). */
function dataSchemaOf(url: string): object {
  const answer = ANSWERS[url];
  if (!answer) return {};
  const schema = z.toJSONSchema(answer);
  delete schema.$schema;
  return schema;
}

/** Every JSON answer's envelope: the data on success, one of the error codes otherwise. */
function envelopes(url: string) {
  const refused = {
    description: 'Refused: `error` says why (and `message`, for an import, which rows).',
    type: 'object',
    properties: {
      ok: { const: false },
      error: { type: 'string', enum: [...ERROR_CODES] },
      message: { type: 'string' },
    },
    required: ['ok', 'error'],
  };
  const answered = FILE_ROUTES.test(url)
    ? { description: 'The file, with its type in Content-Type.' }
    : {
        description: 'Done: `data` is what the route answers.',
        type: 'object',
        properties: { ok: { const: true }, data: dataSchemaOf(url) },
        required: ['ok', 'data'],
      };
  return { '2xx': answered, '4xx': refused, '5xx': refused };
}

/**
 * The REST API's OpenAPI document, generated from the routes themselves: each route's zod schemas
 * (params, query, body) become its parameters, its access rule its security, and the envelope
 * every answer shares its responses (the error codes listed). Registered before
 * the routes, so it sees every one of them.
 */
export async function registerApiDescription(app: HttpApp): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Handraise hub',
        version: String(PROTOCOL_VERSION),
        description:
          'Help desk and inventory for schools. Every answer is `{ ok: true, data }` or `{ ok: false, error }` with a kebab-case error code.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'http',
            scheme: 'bearer',
            description: 'The token `POST /api/session` answers with.',
          },
        },
      },
    },
    transform: (input) => {
      const generated = jsonSchemaTransform(input);
      const described = {
        ...generated,
        schema: { ...generated.schema, response: envelopes(input.url) },
      };
      const access = input.route.config?.access;
      if (access === 'public') return described;
      return {
        ...described,
        schema: {
          ...described.schema,
          security: [{ session: [] }],
          ...(access ? { description: `Roles: ${access.join(', ')}.` } : {}),
        },
      };
    },
    transformObject: jsonSchemaTransformObject,
  });
  app.get(OPENAPI_PATH, PUBLIC, async () => app.swagger());
}
