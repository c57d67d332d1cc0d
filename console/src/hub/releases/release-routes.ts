// REST routes of agent self-update: the coordinator's releases and settings, the fleet's versions,
// and the package download agents make with their own credentials.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { z } from 'zod';
import {
  agentUpdateSettingsUpdateSchema,
  releaseIdParamsSchema,
  releaseManifestSchema,
  releaseSignatureSchema,
  type AgentRelease,
  type AgentUpdateSettings,
  type AgentVersionsSummary,
} from '@handraise/shared';
import { inScope, isStudentAdvisor } from '../access/advisor-reach.ts';
import { callerOf, COORDINATORS_ONLY, PUBLIC } from '../http/access.ts';
import type { HttpApp } from '../http/http-app.ts';
import { sendData, sendError, sendErrorWithMessage } from '../http/reply.ts';
import type { DevicesStore } from '../storage/devices-store.ts';
import { summarizeAgentVersions } from './agent-versions.ts';
import { PackageMismatchError, type ReleaseFiles } from './release-files.ts';
import { signedByOneOf } from './release-signature.ts';
import type { ReleaseStore } from './release-store.ts';
import type { UpdateSettings } from './update-settings.ts';

/** The header an upload carries its signed manifest in: `release sign`'s file, base64. */
export const RELEASE_MANIFEST_HEADER = 'x-release-manifest';

/** What `handraise-agent release sign` writes beside a package. */
export const signedReleaseSchema = z.strictObject({
  manifest: releaseManifestSchema,
  signature: releaseSignatureSchema,
});
export type SignedRelease = z.infer<typeof signedReleaseSchema>;

const deviceHeadersSchema = z.object({
  'x-handraise-device': z.uuid(),
  authorization: z.string().regex(/^Bearer [^\s]{16,256}$/),
});

export type ReleaseRouteDeps = {
  releases: ReleaseStore;
  files: ReleaseFiles;
  settings: UpdateSettings;
  devices: Pick<DevicesStore, 'authenticate'>;
  /** Tells connected agents to check again (a release was added, or settings changed). */
  announce: () => void;
  logger: Logger;
};

/** The signed manifest an upload names, or null when it is missing or unreadable. */
function signedReleaseOf(header: unknown): SignedRelease | null {
  if (typeof header !== 'string' || header.length > 4096) return null;
  try {
    const parsed = signedReleaseSchema.safeParse(
      JSON.parse(Buffer.from(header, 'base64').toString('utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function registerReleaseRoutes(app: HttpApp, deps: ReleaseRouteDeps): void {
  const { releases, files, settings, logger } = deps;

  app.get('/api/agent-releases', { ...COORDINATORS_ONLY }, async (_request, reply) =>
    sendData<AgentRelease[]>(reply, await releases.list()),
  );

  app.get('/api/agent-updates/settings', { ...COORDINATORS_ONLY }, async (_request, reply) =>
    sendData<AgentUpdateSettings>(reply, await settings.get()),
  );

  app.put(
    '/api/agent-updates/settings',
    // Checked here rather than by the route schema, so the coordinator is told what is wrong.
    { ...COORDINATORS_ONLY },
    async (request, reply) => {
      const change = agentUpdateSettingsUpdateSchema.safeParse(request.body);
      if (!change.success)
        return sendErrorWithMessage(
          reply,
          'invalid-payload',
          change.error.issues.map((i) => [...i.path, i.message].join(': ')).join('; '),
        );
      // Without a key, no upload could be checked and the releases kept could not be trusted.
      if (change.data.releaseKeys?.length === 0 && (await releases.list()).length > 0)
        return sendErrorWithMessage(
          reply,
          'invalid-payload',
          'releaseKeys: keep at least one release key while releases are kept (remove them first)',
        );
      const saved = await settings.update(change.data);
      logger.info({ by: callerOf(request).id, enabled: saved.enabled }, 'update settings saved');
      deps.announce();
      return sendData<AgentUpdateSettings>(reply, saved);
    },
  );

  // The fleet's versions: the coordinator's whole fleet, a teacher advisor's scope; never a
  // student advisor's (who sees one computer, while helping at it).
  app.get('/api/agent-versions', async (request, reply) => {
    const user = callerOf(request);
    if (isStudentAdvisor(user)) return sendError(reply, 'forbidden');
    const summary = await summarizeAgentVersions(releases.fleet(), await releases.list(), (where) =>
      inScope(user, where),
    );
    return sendData<AgentVersionsSummary>(reply, summary);
  });

  app.delete(
    '/api/agent-releases/:releaseId',
    { ...COORDINATORS_ONLY, schema: { params: releaseIdParamsSchema } },
    async (request, reply) => {
      const { releaseId } = request.params;
      if (!(await releases.remove(releaseId))) return sendError(reply, 'not-found');
      files.remove(releaseId);
      logger.info({ releaseId, by: callerOf(request).id }, 'agent release removed');
      return sendData(reply, { removed: true });
    },
  );

  // The package: only for an enrolled, trusted computer of the release's kind; anything else is
  // told there is no such package, so nobody learns which builds the school has.
  app.get(
    '/api/agent-releases/:releaseId/package',
    { ...PUBLIC, schema: { params: releaseIdParamsSchema } },
    async (request, reply) => {
      const headers = deviceHeadersSchema.safeParse(request.headers);
      if (!headers.success) return sendError(reply, 'unauthorized');
      const deviceId = headers.data['x-handraise-device'];
      const secret = headers.data.authorization.slice('Bearer '.length);
      const device = await deps.devices.authenticate(deviceId, secret);
      if (!device) return sendError(reply, 'unauthorized');
      if (device.retired_at !== null || device.revoked_at !== null)
        return sendError(reply, 'forbidden');
      const release = await releases.find(request.params.releaseId);
      const kind = await releases.kindOf(deviceId);
      if (!release || !kind || kind.platform !== release.platform || kind.arch !== release.arch)
        return sendError(reply, 'not-found');
      logger.info({ deviceId, version: release.version }, 'agent package downloaded');
      return reply
        .code(200)
        .header('content-type', 'application/octet-stream')
        .header('content-length', release.size)
        .send(files.read(release.id));
    },
  );

  // The package is the body, as it is; its signed manifest rides in a header. Registered in its
  // own scope, so only this route reads raw bytes.
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser('application/octet-stream', (_request, payload, parsed) =>
      parsed(null, payload),
    );
    scope.post('/api/agent-releases', { ...COORDINATORS_ONLY }, async (request, reply) => {
      const signed = signedReleaseOf(request.headers[RELEASE_MANIFEST_HEADER]);
      if (!signed)
        return sendErrorWithMessage(
          reply,
          'invalid-payload',
          'Choose the package and the .release.json file that `handraise-agent release sign` wrote beside it.',
        );
      const { manifest, signature } = signed;
      const { releaseKeys } = await settings.get();
      if (releaseKeys.length === 0)
        return sendErrorWithMessage(
          reply,
          'invalid-state',
          "Add the school's release key under Agent updates in Settings first.",
        );
      if (!signedByOneOf(manifest, signature, releaseKeys))
        return sendErrorWithMessage(
          reply,
          'invalid-payload',
          "This release is not signed with the school's release key: it was not uploaded.",
        );
      if (await releases.findBuild(manifest))
        return sendErrorWithMessage(
          reply,
          'conflict',
          `Version ${manifest.version} for ${manifest.platform} (${manifest.arch}) is here already.`,
        );
      const body = request.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function') return sendError(reply, 'invalid-payload');
      const id = randomUUID();
      try {
        await files.save(id, body, manifest);
      } catch (error) {
        if (error instanceof PackageMismatchError)
          return sendErrorWithMessage(reply, 'invalid-payload', error.message);
        throw error;
      }
      const release = await releases.add(id, manifest, signature, false);
      logger.info(
        { releaseId: id, version: manifest.version, by: callerOf(request).id },
        'agent release uploaded',
      );
      deps.announce();
      return sendData<AgentRelease>(reply, release, 201);
    });
    done();
  });
}
