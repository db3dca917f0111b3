/** The two Electron IPC channel names: calls (invoke) and pushed events. */
export const IPC_CALL = 'tokscope:call';
export const IPC_EVENT = 'tokscope:event';
