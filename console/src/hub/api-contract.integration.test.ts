// The REST API's contract: every route is signed-in unless it says it is public, coordinator
// routes answer advisors `forbidden`, and the OpenAPI document describes every route the hub
// serves, generated from the routes themselves.
import { describe, expect } from 'vitest';
import { ERROR_CODES } from '@handraise/shared';
import { createAdvisor } from './testing/advisor.ts';
import { sharedHubTest } from './testing/hub-test.ts';
import type { TestHub } from './testing/test-hub.ts';

type OpenApiDocument = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        description?: string;
        responses?: Record<string, { content?: Record<string, { schema: unknown }> }>;
      }
    >
  >;
};

/** A concrete URL for a route pattern: ids that exist nowhere. */
const concrete = (url: string) => url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
/** `/api/devices/:deviceId` as OpenAPI writes it: `/api/devices/{deviceId}`. */
const asOpenApi = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** One route called with an empty body (where it takes one), as `token`'s holder or nobody. */
const call = (t: TestHub, method: string, url: string, token?: string) =>
  fetch(`${t.hub.url}${concrete(url)}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
    },
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
  });

const test = sharedHubTest.extend(
  'advisorToken',
  { scope: 'file' },
  async ({ t, admin }) => (await createAdvisor(t, admin)).token,
);

describe('REST API contract', () => {
  test('lists its routes, a few of them public on purpose', ({ t }) => {
    expect(t.hub.routes.length).toBeGreaterThan(40);
    const open = t.hub.routes.filter((r) => r.access === 'public');
    expect(open.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'DELETE /api/session',
      // Not a person's: a computer fetches its update with its own device secret.
      'GET /api/agent-releases/:releaseId/package',
      'GET /api/openapi.json',
      'GET /api/status',
      'POST /api/enroll',
      'POST /api/session',
      'POST /api/setup',
    ]);
  });

  test('answers every route that is not public `unauthorized` without a session, before reading it', async ({
    t,
  }) => {
    for (const route of t.hub.routes.filter((r) => r.access !== 'public')) {
      const response = await call(t, route.method, route.url);
      expect([route.method, route.url, response.status]).toEqual([route.method, route.url, 401]);
      expect(await response.json()).toEqual({ ok: false, error: 'unauthorized' });
    }
  });

  test("answers an advisor `forbidden` on every coordinator's route", async ({
    t,
    advisorToken,
  }) => {
    const coordinators = t.hub.routes.filter(
      (r) => Array.isArray(r.access) && !r.access.includes('advisor'),
    );
    expect(coordinators.length).toBeGreaterThan(15);
    for (const route of coordinators) {
      const response = await call(t, route.method, route.url, advisorToken);
      expect([route.method, route.url, response.status]).toEqual([route.method, route.url, 403]);
    }
  });

  test('describes every route in its OpenAPI document, with its parameters and who may call it', async ({
    t,
  }) => {
    const response = await fetch(`${t.hub.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    for (const route of t.hub.routes) {
      const operation = document.paths[asOpenApi(route.url)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      if (route.access === 'public') expect(operation?.security).toBeUndefined();
      else expect(operation?.security).toEqual([{ session: [] }]);
      if (Array.isArray(route.access))
        expect(operation?.description).toBe(`Roles: ${route.access.join(', ')}.`);
    }
    // Every answer's envelope, with the error codes an integration must handle.
    const devices = document.paths['/api/devices']?.get?.responses;
    expect(devices?.['4XX']?.content?.['application/json']?.schema).toMatchObject({
      properties: { ok: { enum: [false] }, error: { enum: [...ERROR_CODES] } },
    });
    expect(devices?.['2XX']?.content?.['application/json']?.schema).toMatchObject({
      properties: { ok: { enum: [true] } },
    });
    // Parameters come from the routes' own schemas.
    const detail = document.paths['/api/requests/{requestId}']?.get as {
      parameters?: { name: string; in: string }[];
    };
    expect(detail.parameters).toContainEqual(
      expect.objectContaining({ name: 'requestId', in: 'path' }),
    );
    const setup = document.paths['/api/setup']?.post as {
      requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
    };
    expect(setup.requestBody?.content['application/json']?.schema.required).toEqual(
      expect.arrayContaining(['password']),
    );
  });
});
