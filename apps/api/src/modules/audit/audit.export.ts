import type { Actor, AuthUser } from '../../platform/auth/auth-user';
import type { AuditFilter, AuditRow } from '../../platform/audit/audit.repository';
import type { AuditService } from '../../platform/audit/audit.service';
import { pickColumns } from '../../platform/exports/columns';
import type { ExportSpec } from '../../platform/exports/export.service';
import { chinaDateTimeLabel, describeFilter } from '../../platform/exports/format';
import { keysetRows } from '../../platform/exports/keyset';
import type { ExportColumn } from '../../platform/exports/xlsx-writer';

/** As the web app names them; anything newer is shown as the API names it. */
const ACTIONS: Record<string, string> = {
  create: '新建',
  update: '修改',
  reset_password: '重置密码',
  disable: '停用',
  enable: '启用',
  unlock: '解除锁定',
  reveal_pii: '查看个人信息',
  login: '登录',
  login_failed: '登录失败',
  locked: '账号锁定',
  logout: '退出登录',
  password_changed: '修改密码',
  seed: '初始化数据',
  export: '导出',
  upload: '上传文件',
  store: '生成文件',
  attach: '关联文件',
  download: '下载文件',
};
const ENTITIES: Record<string, string> = {
  user: '账号',
  unit: '单位',
  region: '行政区划',
  file: '文件',
  audit_log: '操作日志',
};

export const AUDIT_EXPORT_COLUMNS: ExportColumn<AuditRow>[] = [
  { key: 'id', header: '序号', width: 10, format: 'integer' },
  { key: 'at', header: '时间', width: 17, format: 'datetime' },
  { key: 'actorName', header: '操作人', width: 28 },
  { key: 'action', header: '操作', width: 14, value: (r) => ACTIONS[r.action] ?? r.action },
  { key: 'entity', header: '对象', width: 12, value: (r) => ENTITIES[r.entity] ?? r.entity },
  { key: 'entityId', header: '对象编号', width: 12 },
  { key: 'summary', header: '摘要', width: 40 },
  { key: 'ip', header: 'IP 地址', width: 16 },
  { key: 'requestId', header: '请求编号', width: 38 },
  { key: 'hash', header: '校验值', width: 66 },
];

export type AuditExportQuery = Omit<AuditFilter, 'beforeId'> & { columns?: string | undefined };

/** The audit trail export: the list's filter and region scope, newest first, page by page. */
export function auditExport(
  audit: AuditService,
  user: AuthUser,
  actor: Actor,
  query: AuditExportQuery,
): ExportSpec<AuditRow> {
  const { columns, ...filter } = query;
  return {
    list: 'audit_log',
    title: '操作日志',
    columns: pickColumns(AUDIT_EXPORT_COLUMNS, columns),
    rows: keysetRows(
      (beforeId: number | undefined, limit) => audit.list(user, { ...filter, beforeId }, limit),
      (r) => r.id,
    ),
    filter: {
      params: filter,
      description: describeFilter([
        ['对象', filter.entity && (ENTITIES[filter.entity] ?? filter.entity)],
        ['对象编号', filter.entityId],
        ['操作人编号', filter.actorId],
        ['操作', filter.action && (ACTIONS[filter.action] ?? filter.action)],
        ['起始时间', filter.from && chinaDateTimeLabel(new Date(filter.from))],
        ['截止时间', filter.to && chinaDateTimeLabel(new Date(filter.to))],
      ]),
    },
    actor,
  };
}
