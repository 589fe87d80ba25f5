import { api, unwrap } from '../../api/client';

export const login = (body: { username: string; password: string }) => unwrap(api.POST('/api/auth/login', { body }));

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  unwrap(api.POST('/api/auth/password', { body }));
