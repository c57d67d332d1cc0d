import {
  cannedReplyCreateSchema,
  cannedReplyIdParamsSchema,
  cannedReplyUpdateSchema,
} from '@handraise/shared';
import type { CannedRepliesStore } from '../storage/canned-replies-store.ts';
import { COORDINATORS_ONLY, callerOf } from './access.ts';
import type { HttpApp } from './http-app.ts';
import { sendData, sendError } from './reply.ts';

/**
 * Canned replies: the coordinator writes them; everyone who helps reads them to insert one in a
 * message to a requester (and edits it there before sending).
 */
export function registerCannedReplyRoutes(
  app: HttpApp,
  deps: { replies: CannedRepliesStore },
): void {
  const { replies } = deps;

  app.get('/api/canned-replies', async (_request, reply) => sendData(reply, await replies.list()));

  app.post(
    '/api/canned-replies',
    { ...COORDINATORS_ONLY, schema: { body: cannedReplyCreateSchema } },
    async (request, reply) => {
      const created = await replies.create(request.body, callerOf(request).displayName);
      // The school keeps the most it may (MAX_CANNED_REPLIES): one must go first.
      if (!created) return sendError(reply, 'invalid-state');
      return sendData(reply, created, 201);
    },
  );

  app.patch(
    '/api/canned-replies/:replyId',
    {
      ...COORDINATORS_ONLY,
      schema: { params: cannedReplyIdParamsSchema, body: cannedReplyUpdateSchema },
    },
    async (request, reply) => {
      const updated = await replies.update(
        request.params.replyId,
        request.body,
        callerOf(request).displayName,
      );
      return updated ? sendData(reply, updated) : sendError(reply, 'not-found');
    },
  );

  app.delete(
    '/api/canned-replies/:replyId',
    { ...COORDINATORS_ONLY, schema: { params: cannedReplyIdParamsSchema } },
    async (request, reply) => {
      const { replyId } = request.params;
      return (await replies.remove(replyId))
        ? sendData(reply, { id: replyId })
        : sendError(reply, 'not-found');
    },
  );
}
