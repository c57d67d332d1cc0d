// Names the page bridge and the test harness share.

/** The function the test process exposes to the page: (channel, args) → IpcResult. */
export const INVOKE_BINDING = '__handraiseInvoke';

/** The function the bridge defines in the page: (channel, payload) delivers a pushed event. */
export const PUSH_FUNCTION = '__handraisePush';
