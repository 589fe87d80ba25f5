import type { Actor } from '../../platform/auth/auth-user';
import type { ExportSpec } from '../../platform/exports/export.service';

interface IssuedAccount {
  orgName: string;
  uscc: string;
  username: string;
  initialPassword: string;
}

/** The list of issued accounts as an Excel file for the issuing clerk (watermarked and audited as every export). */
export function orgAccountsExport(list: IssuedAccount[], actor: Actor): ExportSpec<IssuedAccount> {
  return {
    list: 'org_account_issue',
    title: '社会组织账号开通清单',
    columns: [
      { key: 'orgName', header: '社会组织名称', width: 36 },
      { key: 'uscc', header: '统一社会信用代码', width: 22 },
      { key: 'username', header: '登录名（统一社会信用代码，不区分大小写）', width: 26 },
      { key: 'initialPassword', header: '初始密码（首次登录须修改）', width: 22 },
    ],
    rows: (async function* () {
      yield* list;
    })(),
    filter: { params: { count: list.length }, description: `本次开通${list.length}个账号` },
    actor,
  };
}
