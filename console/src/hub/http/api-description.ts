import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { PROTOCOL_VERSION } from '@handraise/shared';
import { PUBLIC } from './access.ts';
import type { HttpApp } from './http-app.ts';

/** Where the description is served: what a district's other systems read to integrate. */
export const OPENAPI_PATH = '/api/openapi.json';

/**
 * The REST API's OpenAPI document, generated from the routes themselves: each route's zod schemas
 * (params, query, body) become its parameters, and its access rule its security. Registered before
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
      const described = jsonSchemaTransform(input);
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
