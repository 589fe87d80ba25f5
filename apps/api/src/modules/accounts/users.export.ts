import type { Role, TUser } from '@shezu/contracts';
import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import { pickColumns } from '../../platform/exports/columns';
import type { ExportSpec } from '../../platform/exports/export.service';
import { describeFilter } from '../../platform/exports/format';
import { keysetRows } from '../../platform/exports/keyset';
import type { ExportColumn } from '../../platform/exports/xlsx-writer';
import type { UserListFilter } from './accounts.repository';
import type { UsersService } from './users.service';

/** The same names the web app shows (zh-CN catalogue). */
export const ROLE_LABELS: Record<Role, string> = {
  authority_staff: '登记管理机关工作人员',
  supervisor_staff: '业务主管单位工作人员',
  party_staff: '党建工作机构工作人员',
  partner_staff: '行业管理部门工作人员',
  township_staff: '乡镇（街道）工作人员',
  applicant: '申请人',
  org_account: '社会组织账号',
  evaluator: '第三方评估机构人员',
  inspector: '执法检查人员',
  system_admin: '系统管理员',
};

function statusOf(u: TUser, now: Date): string {
  const parts = [u.disabled ? '已停用' : '正常'];
  if (u.lockedUntil && new Date(u.lockedUntil) > now) parts.push('已锁定');
  if (u.mustChangePassword) parts.push('待改密');
  return parts.join('、');
}

/** Columns of the account list; personal data only in its masked form. */
export function userExportColumns(now: Date): ExportColumn<TUser>[] {
  return [
    { key: 'username', header: '用户名', width: 18 },
    { key: 'displayName', header: '姓名', width: 18 },
    { key: 'roles', header: '角色', width: 28, value: (u) => u.roles.map((r) => ROLE_LABELS[r]).join('、') },
    { key: 'regionName', header: '所属地区', width: 24 },
    { key: 'unitName', header: '所属单位', width: 28 },
    { key: 'phoneMasked', header: '手机号码', width: 15 },
    { key: 'idNumberMasked', header: '身份证号码', width: 21 },
    { key: 'status', header: '状态', width: 16, value: (u) => statusOf(u, now) },
    { key: 'lastLoginAt', header: '最近登录', width: 17, format: 'datetime' },
    { key: 'createdAt', header: '创建时间', width: 17, format: 'datetime' },
  ];
}

export type UserExportQuery = Omit<UserListFilter, 'afterId'> & { columns?: string | undefined };

/** The account list export: the list's own query and scope, page by page. */
export function userExport(
  users: UsersService,
  user: AuthUser,
  actor: Actor,
  now: Date,
  query: UserExportQuery,
): ExportSpec<TUser> {
  const { columns, ...filter } = query;
  return {
    list: 'user',
    title: '账号列表',
    columns: pickColumns(userExportColumns(now), columns),
    rows: keysetRows(
      (afterId: number | undefined, limit) => users.list(user, { ...filter, afterId }, limit),
      (u) => u.id,
    ),
    filter: {
      params: filter,
      description: describeFilter([
        ['关键词', filter.q],
        ['角色', filter.role && ROLE_LABELS[filter.role]],
        ['地区代码', filter.regionCode],
        ['单位编号', filter.unitId],
        ['状态', filter.disabled === undefined ? undefined : filter.disabled ? '已停用' : '正常'],
      ]),
    },
    actor,
  };
}
