import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role, User } from '@handraise/shared';
import type { Session, UsersStore } from '../storage/users-store.ts';
import { requireSession } from './authenticate.ts';

/**
 * Who may call a route: `public` (sign-in, setup, enrollment, status, this API's description), or
 * the roles allowed, or (when a route says nothing) anyone signed in.
 */
export type RouteAccess = 'public' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The caller's session on every route that is not public (set before the route runs). */
    session: Session | null;
  }
}

/** The route options that open a route to everyone. */
export const PUBLIC = { config: { access: 'public' } } as const satisfies {
  config: { access: RouteAccess };
};
/** The route options that keep a route to coordinators. */
export const COORDINATORS_ONLY = { config: { access: ['coordinator'] } } as const satisfies {
  config: { access: RouteAccess };
};

/**
 * Every API route needs a signed-in session unless it says it is public, and its roles when it
 * names some: one hook, before the body is parsed, so a caller without the right is answered 401
 * or 403 before anything of their request is read. Static files and unknown paths pass through.
 */
export function requireSignInByDefault(app: FastifyInstance, users: UsersStore): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/')) return;
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    const session = await requireSession(users, request, reply, access);
    if (!session) return reply;
    request.session = session;
  });
}

/** An API route as registered: what the hub serves, and who may call it. */
export type ApiRoute = { method: string; url: string; access: RouteAccess | 'signed-in' };

/**
 * Records every API route as it is registered (call before the routes): the list the API
 * description and the access tests are checked against.
 */
export function recordApiRoutes(app: FastifyInstance): readonly ApiRoute[] {
  const routes: ApiRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = route.config?.access ?? 'signed-in';
    // HEAD routes Fastify adds beside each GET answer the same way; they are not listed apart.
    for (const method of methods)
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });
  return routes;
}

/** The signed-in caller of a route that is not public (the hook has checked it). */
export function callerOf(request: FastifyRequest): User {
  if (!request.session) throw new Error(`${request.url}: no session on a signed-in route`);
  return request.session.user;
}

/** The session of a route that is not public. */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw new Error(`${request.url}: no session on a signed-in route`);
  return request.session;
}
