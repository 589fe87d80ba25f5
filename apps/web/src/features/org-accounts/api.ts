import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { downloadFrom } from '../../lib/download';

export type IssueBody = paths['/api/orgs/accounts']['post']['requestBody']['content']['application/json'];
export type IssueFilter = NonNullable<IssueBody['filter']>;
export type IssueResult = paths['/api/orgs/accounts']['post']['responses'][200]['content']['application/json'];
export type IssuedAccount = IssueResult['issued'][number];
export type SkippedOrg = IssueResult['skipped'][number];

/** Issues the accounts; the answer holds the initial passwords, which exist nowhere else in clear. */
export const issueAccounts = (body: IssueBody) => unwrap(api.POST('/api/orgs/accounts', { body }));

/** The same list as the watermarked Excel file the API stored for the issuing clerk. */
export const downloadIssuedList = (file: NonNullable<IssueResult['file']>) =>
  downloadFrom(api.GET('/api/files/{id}/content', { params: { path: { id: file.id } }, parseAs: 'blob' }), file.name);
