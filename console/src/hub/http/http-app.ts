import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { fail, MAX_HTTP_BODY_BYTES, MAX_TITLE_KEY_LENGTH } from '@handraise/shared';
import { answerPlainHttpOnTlsPort } from '../tls/plain-http-answer.ts';
import { sendError } from './reply.ts';

/**
 * React Aria (the console UI's component base) adds two fixed <style> elements at run time: one
 * for touch-action on pressable elements, one against scroll chaining on iOS while a dialog is
 * open. Allowing exactly those texts by hash keeps 'unsafe-inline' out; if an upgrade changes
 * them, the console's browser tests report the CSP violation. Inline `style` props (React, Recharts,
 * TanStack Virtual) are set through the CSSOM, which style-src does not govern.
 */
const REACT_ARIA_STYLE_HASHES = [
  "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='",
];

/**
 * Content-Security-Policy of the console page: scripts, styles and sockets from the hub itself only;
 * screenshots may be shown from blob: URLs; nothing may frame the console.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_STYLE_HASHES.join(' ')}`,
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The hub's Fastify instance, typed by the zod schemas its routes declare. */
export type HttpApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * The HTTP server: error envelope, security headers and the console's static files. `trustProxy`:
 * addresses of reverse proxies whose X-Forwarded-For names the client (`request.ip`).
 */
export function createHttpApp(options: {
  logger: Logger;
  webRoot: string;
  trustProxy?: string[] | undefined;
  /** PEM certificate and key: HTTPS (and WSS on the same server) instead of HTTP. */
  tls?: { cert: string; key: string } | null;
}): HttpApp {
  const app = Fastify({
    // Fastify types an HTTPS instance apart, but the server's API used here (listen, address,
    // upgrade events for Socket.IO) is the same: the instance keeps the HTTP type.
    ...(options.tls ? ({ https: options.tls } as object) : {}),
    // Fastify bundles its own pino typings; the cast keeps the instance's default logger type.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: MAX_HTTP_BODY_BYTES,
    // One line per request would drown the events that matter at 10,000 agents.
    logController: new LogController({ disableRequestLogging: true }),
    // Query strings like ?state=new are parsed as plain strings; schemas decide what is valid.
    // A path parameter may be a title key (MAX_TITLE_KEY_LENGTH), percent-encoded at worst.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 3 * MAX_TITLE_KEY_LENGTH },
    // A URL the router cannot read (bad encoding, a parameter past that length) is answered in
    // the API's own shape, without echoing the URL back.
    frameworkErrors: (_error, _request, reply) => {
      void sendError(reply, 'invalid-payload');
    },
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
  });
  // http:// to this port gets a sentence naming the https:// address, not an empty reply.
  if (options.tls) answerPlainHttpOnTlsPort(app.server);

  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // Help texts, screenshots and inventories must not outlive a sign-out in a shared computer's
    // browser cache: nothing the API answers is stored.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 'too-large');
    // The static files' answer to a path that climbs out of the page's folder: nothing is there.
    if (error.statusCode === 403 || error.statusCode === 404) return sendError(reply, 'not-found');
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, wrong content type, empty body: the client's fault, with no detail echoed.
      return reply.code(error.statusCode).send(fail('invalid-payload'));
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 'internal');
  });

  app.setNotFoundHandler((_request, reply) => sendError(reply, 'not-found'));

  // Clients send `Content-Type: application/json` on every call, bodiless deletes and refreshes
  // included: an empty body is no body (routes that need one still refuse it by their schema),
  // anything else goes to Fastify's own parser, with its guard against prototype poisoning.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // parseAs 'string' hands over a string; the check keeps the types honest.
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') return done(null, undefined);
    void parseJson(request, text, done);
  });

  // A school's device list is megabytes of JSON that shrinks about tenfold, like the console's own
  // scripts. gzip only: brotli's better ratio costs far more of the hub's one thread per answer.
  void app.register(fastifyCompress, { global: true, encodings: ['gzip'], threshold: 1024 });

  void app.register(fastifyStatic, { root: options.webRoot, index: 'index.html' });
  // Routes declare their params, query and body as zod schemas; a request that does not match is
  // answered `invalid-payload` (by the error handler above) before the route runs, and the route
  // gets the parsed values, typed.
  app.setValidatorCompiler(validatorCompiler);
  return app.withTypeProvider<ZodTypeProvider>();
}
