import type { Logger } from 'pino';
import type { UpdateTask } from '@handraise/shared';
import type { PublishRequest } from './request-publisher.ts';
import type { TasksStore } from './storage/tasks-store.ts';
import type { ReleasedWork } from './storage/work-release.ts';

/**
 * Tells everyone that a disabled or deleted account's work is free again: each request that went
 * back to the queue reaches consoles and its requester's tray as any state change does, and each
 * task that lost its assignee reaches consoles.
 */
export function createReleaseAnnouncer(deps: {
  publishRequest: PublishRequest;
  tasks: TasksStore;
  publishTask: (task: UpdateTask) => void;
  logger: Logger;
}): (released: ReleasedWork) => void {
  return (released) => {
    const log = (error: unknown) =>
      deps.logger.error({ err: error }, 'announcing work back in the queue failed');
    for (const requestId of released.requestIds) deps.publishRequest(requestId).catch(log);
    for (const taskId of released.taskIds)
      deps.tasks
        .get(taskId)
        .then((task) => task && deps.publishTask(task))
        .catch(log);
  };
}
