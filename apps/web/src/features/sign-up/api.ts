import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type SignUpBody = paths['/api/public/sign-ups']['post']['requestBody']['content']['application/json'];
export type SignUpResult = paths['/api/public/sign-ups']['post']['responses'][201]['content']['application/json'];
export type SmsCodeSent = paths['/api/public/sms-codes']['post']['responses'][202]['content']['application/json'];

/** Sends a sign-up code to the phone (the default gateway writes it to the server log). */
export const requestSmsCode = (phone: string): Promise<SmsCodeSent> =>
  unwrap(api.POST('/api/public/sms-codes', { body: { phone, purpose: 'sign_up' } }));

export const signUp = (body: SignUpBody): Promise<SignUpResult> => unwrap(api.POST('/api/public/sign-ups', { body }));
