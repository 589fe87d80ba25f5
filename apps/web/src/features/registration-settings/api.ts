import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Path = paths['/api/registration-settings/{regionCode}'];
export type RegistrationSettings = Path['get']['responses'][200]['content']['application/json'];
export type RegistrationSettingsInput = Path['put']['requestBody']['content']['application/json'];

export const settingsKeys = {
  all: ['registration-settings'] as const,
  region: (regionCode: string) => ['registration-settings', regionCode] as const,
};

/** The settings in force for a region: its own row, else the nearest region above it, else the defaults. */
export const fetchSettings = (regionCode: string): Promise<RegistrationSettings> =>
  unwrap(api.GET('/api/registration-settings/{regionCode}', { params: { path: { regionCode } } }));

/** Saves the region's own row (`version` null creates it; a stale version answers 409). */
export const saveSettings = (regionCode: string, body: RegistrationSettingsInput): Promise<RegistrationSettings> =>
  unwrap(api.PUT('/api/registration-settings/{regionCode}', { params: { path: { regionCode } }, body }));
