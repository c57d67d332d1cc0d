import type { HttpApp } from './http-app.ts';
import { callerOf, COORDINATORS_ONLY } from './access.ts';
import type { DeviceReach } from '../access/device-reach.ts';
import type { Where } from '../rooms.ts';
import {
  catalogImportSchema,
  describeVerdict,
  deviceIdPayloadSchema,
  osLifecycleImportSchema,
  overrideIdPayloadSchema,
  policyCreateSchema,
  policyIdPayloadSchema,
  softwareScopeSchema,
  titleKeyPayloadSchema,
  titleMergeSchema,
  titleSplitSchema,
  type CatalogEntry,
} from '@handraise/shared';
import { parseCatalog } from '../software/catalog-import.ts';
import { toCsv } from '../software/csv-export.ts';
import { parseOsLifecycleTable } from '../software/os-lifecycle-import.ts';
import type { OutdatedService } from '../software/outdated-service.ts';
import type { SoftwareRulesStore } from '../storage/software-rules-store.ts';
import { sendData, sendError, sendErrorWithMessage } from './reply.ts';

export type SoftwareRouteDeps = {
  rules: SoftwareRulesStore;
  outdated: OutdatedService;
  /** An enrolled device, where it is; one that has not reported yet has nothing outdated. */
  findDevice: (deviceId: string) => Promise<(Where & { id: string }) | null>;
  /** Who may see a computer's details. */
  reach: DeviceReach;
};

const STATUS_ORDER = { behind: 0, unknown: 1, current: 2 } as const;

// An import's error list is for a person to read; past this many lines they see the count.
const MAX_ERRORS_SHOWN = 50;

const joinErrors = (errors: readonly string[]) =>
  errors.length > MAX_ERRORS_SHOWN
    ? [...errors.slice(0, MAX_ERRORS_SHOWN), `…and ${errors.length - MAX_ERRORS_SHOWN} more`].join(
        '\n',
      )
    : errors.join('\n');

/** Outdated software: verdicts by title and device, the coordinator's rules, and the CSV export. */
export function registerSoftwareRoutes(app: HttpApp, deps: SoftwareRouteDeps): void {
  const { rules, outdated } = deps;

  app.get(
    '/api/software',
    { ...COORDINATORS_ONLY, schema: { querystring: softwareScopeSchema } },
    async (request, reply) => {
      const scope = request.query;
      return sendData(reply, await outdated.summary(scope));
    },
  );

  app.get(
    '/api/software/overview',
    { ...COORDINATORS_ONLY, schema: { querystring: softwareScopeSchema } },
    async (request, reply) => {
      const scope = request.query;
      return sendData(reply, await outdated.overview(scope));
    },
  );

  app.get(
    '/api/software/export.csv',
    { ...COORDINATORS_ONLY, schema: { querystring: softwareScopeSchema } },
    async (request, reply) => {
      const scope = request.query;
      // Titles most behind first, as the Software page lists them; then worst first, by device.
      const order = new Map((await outdated.summary(scope)).map((t, i) => [t.key, i]));
      const rows = (await outdated.findings(scope))
        .sort(
          (a, b) =>
            (order.get(a.title.key) ?? 0) - (order.get(b.title.key) ?? 0) ||
            STATUS_ORDER[a.line.status] - STATUS_ORDER[b.line.status] ||
            a.line.deviceName.localeCompare(b.line.deviceName),
        )
        .map(({ title, line }) => [
          line.deviceName,
          line.site,
          line.room,
          line.platform,
          title.name,
          line.version,
          line.status === 'behind' ? 'needs update' : "can't tell",
          line.targetVersion,
          describeVerdict(line),
        ]);
      const csv = toCsv(
        ['Device', 'Site', 'Room', 'Platform', 'Title', 'Installed', 'Status', 'Target', 'Why'],
        rows,
      );
      return reply
        .code(200)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="outdated-software.csv"')
        .send(csv);
    },
  );

  app.get('/api/software/policies', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData(reply, await rules.policies());
  });

  app.post(
    '/api/software/policies',
    { ...COORDINATORS_ONLY, schema: { body: policyCreateSchema } },
    async (request, reply) => {
      const input = request.body;
      await outdated.ready;
      const titleName = input.titleName ?? outdated.engine.title(input.titleKey)?.name;
      // A title nobody runs yet can be required, but then it needs a name people will recognise.
      if (titleName === undefined) return sendError(reply, 'not-found');
      const policy = await rules.addPolicy({ ...input, titleName });
      await outdated.rulesChanged();
      return sendData(reply, policy, 201);
    },
  );

  app.delete(
    '/api/software/policies/:policyId',
    { ...COORDINATORS_ONLY, schema: { params: policyIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const removed = await rules.removePolicy(params.policyId);
      if (!removed) return sendError(reply, 'not-found');
      await outdated.rulesChanged();
      return sendData(reply, removed);
    },
  );

  app.get('/api/software/catalog', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData(reply, await rules.catalog());
  });

  app.put(
    '/api/software/catalog',
    { ...COORDINATORS_ONLY, schema: { body: catalogImportSchema } },
    async (request, reply) => {
      const input = request.body;
      const parsed = parseCatalog(input.format, input.text);
      if (!parsed.ok)
        return sendErrorWithMessage(reply, 'invalid-payload', joinErrors(parsed.errors));
      await outdated.ready;
      const resolver = outdated.engine.titleResolver;
      const entries: CatalogEntry[] = parsed.entries.map((e) => ({
        ...e,
        titleKey: resolver.nameKey(e.title),
      }));
      await rules.replaceCatalog(entries);
      await outdated.rulesChanged();
      return sendData(reply, { count: entries.length });
    },
  );

  app.delete('/api/software/catalog', { ...COORDINATORS_ONLY }, async (request, reply) => {
    await rules.replaceCatalog([]);
    await outdated.rulesChanged();
    return sendData(reply, { count: 0 });
  });

  app.get('/api/software/os-lifecycle', { ...COORDINATORS_ONLY }, async (request, reply) => {
    const { table, imported } = await outdated.lifecycleTable();
    return sendData(reply, { ...table, imported });
  });

  app.put(
    '/api/software/os-lifecycle',
    { ...COORDINATORS_ONLY, schema: { body: osLifecycleImportSchema } },
    async (request, reply) => {
      const input = request.body;
      if ('reset' in input) await rules.setOsLifecycle(null);
      else {
        const parsed = parseOsLifecycleTable(input.text);
        if (!parsed.ok)
          return sendErrorWithMessage(reply, 'invalid-payload', joinErrors(parsed.errors));
        await rules.setOsLifecycle(parsed.table);
      }
      await outdated.rulesChanged();
      const { table, imported } = await outdated.lifecycleTable();
      return sendData(reply, { ...table, imported });
    },
  );

  app.get('/api/software/overrides', { ...COORDINATORS_ONLY }, async (request, reply) => {
    return sendData(reply, await rules.overrides());
  });

  app.post(
    '/api/software/merges',
    { ...COORDINATORS_ONLY, schema: { body: titleMergeSchema } },
    async (request, reply) => {
      const input = request.body;
      await outdated.ready;
      const from = outdated.engine.title(input.fromKey);
      const into = outdated.engine.title(input.intoKey);
      if (!from || !into) return sendError(reply, 'not-found');
      const override = await rules.addOverride({
        fromKey: from.key,
        source: null,
        intoKey: into.key,
        intoName: into.name,
      });
      await outdated.overridesChanged();
      return sendData(reply, override, 201);
    },
  );

  app.post(
    '/api/software/splits',
    { ...COORDINATORS_ONLY, schema: { body: titleSplitSchema } },
    async (request, reply) => {
      const input = request.body;
      await outdated.ready;
      const title = outdated.engine.title(input.key);
      if (!title) return sendError(reply, 'not-found');
      const override = await rules.addOverride({
        fromKey: title.key,
        source: input.source,
        intoKey: `${title.key}.${input.source}`,
        intoName: `${title.name} (${input.source})`,
      });
      await outdated.overridesChanged();
      return sendData(reply, override, 201);
    },
  );

  app.delete(
    '/api/software/overrides/:overrideId',
    { ...COORDINATORS_ONLY, schema: { params: overrideIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      if (!(await rules.removeOverride(params.overrideId))) return sendError(reply, 'not-found');
      await outdated.overridesChanged();
      return sendData(reply, { removed: true });
    },
  );

  app.get(
    '/api/software/:key',
    {
      ...COORDINATORS_ONLY,
      schema: { params: titleKeyPayloadSchema, querystring: softwareScopeSchema },
    },
    async (request, reply) => {
      const params = request.params;
      const scope = request.query;
      const detail = await outdated.titleDetail(params.key, scope);
      return detail ? sendData(reply, detail) : sendError(reply, 'not-found');
    },
  );

  app.get(
    '/api/devices/:deviceId/outdated',
    { schema: { params: deviceIdPayloadSchema } },
    async (request, reply) => {
      const params = request.params;
      const user = callerOf(request);
      const device = await deps.findDevice(params.deviceId);
      // The computer's software is a look at its details, logged like one.
      if (!device || !(await deps.reach.lookAtDetails(user, device)))
        return sendError(reply, 'not-found');
      // A student advisor sees a computer's software, and what of it is behind, only if the
      // coordinator allows it.
      if (!(await deps.reach.maySeeSoftware(user))) return sendData(reply, []);
      return sendData(reply, (await outdated.deviceOutdated(params.deviceId)) ?? []);
    },
  );
}
