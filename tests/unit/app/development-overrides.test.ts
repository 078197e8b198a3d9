import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { developmentOverrides } from '../../../electron/app/development-overrides';

const environment = {
  WAYPOINT_USER_DATA_DIR: 'some/folder',
  WAYPOINT_IDLE_LOCK_MS: '4000',
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
};

describe('environment overrides', () => {
  it('are all ignored by a packaged Waypoint', () => {
    expect(developmentOverrides(environment, true)).toEqual({});
  });

  it('move the user-data folder, set the idle time and name the dev server in a development build', () => {
    expect(developmentOverrides(environment, false)).toEqual({
      userDataDir: path.resolve('some/folder'),
      idleLockMs: 4000,
      rendererUrl: 'http://localhost:5173',
    });
  });

  it('leave out what is unset, empty or not a positive number', () => {
    expect(developmentOverrides({}, false)).toEqual({});
    expect(
      developmentOverrides(
        { WAYPOINT_USER_DATA_DIR: '', WAYPOINT_IDLE_LOCK_MS: 'soon', ELECTRON_RENDERER_URL: '' },
        false,
      ),
    ).toEqual({});
    expect(developmentOverrides({ WAYPOINT_IDLE_LOCK_MS: '-5' }, false)).toEqual({});
  });
});
