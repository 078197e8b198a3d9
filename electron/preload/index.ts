import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/ipc/bridge';
import { eventChannels, invokeChannels, ipcChannelPrefix } from '../../shared/ipc/channel-names';

// The renderer gets exactly this frozen object: the contract's channels, nothing of Node or Electron.
contextBridge.exposeInMainWorld(
  'waypoint',
  createBridge(
    {
      invoke: (channel, input) => ipcRenderer.invoke(ipcChannelPrefix + channel, input),
      subscribe: (event, listener) => {
        const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
        ipcRenderer.on(ipcChannelPrefix + event, wrapped);
        return () => ipcRenderer.off(ipcChannelPrefix + event, wrapped);
      },
    },
    invokeChannels,
    eventChannels,
  ),
);
