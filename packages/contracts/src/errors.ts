import { z } from 'zod';

/** Error codes shared by API and web; the web translates them, the API answers in Chinese. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容有误，请按提示修改' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '长时间未操作，登录已失效，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系管理员' },
  FORBIDDEN: { status: 403, message: '没有执行此操作的权限' },
  OUT_OF_DECISION_SCOPE: { status: 403, message: '该记录不属于本级管辖，只能查看，不能办理' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '请先修改初始密码' },
  CSRF_REJECTED: { status: 403, message: '请求校验失败，请刷新页面后重试' },
  NOT_FOUND: { status: 404, message: '记录不存在或不在您的查看范围内' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  CONFLICT: { status: 409, message: '数据冲突' },
  STALE_VERSION: { status: 409, message: '该记录已被他人修改，请刷新后再编辑' },
  DUPLICATE: { status: 409, message: '记录已存在' },
  JOB_NOT_RUNNABLE: { status: 409, message: '该任务不能手动运行' },
  JOB_RUN_FINISHED: { status: 409, message: '任务已结束，无法取消' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '上传内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型' },
  FILE_TYPE_REJECTED: { status: 415, message: '文件格式不符合要求' },
  ACCOUNT_LOCKED: { status: 429, message: '登录失败次数过多，账号已临时锁定，请稍后再试' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后再试' },
  FILE_CORRUPTED: { status: 500, message: '文件已损坏或被篡改，请联系管理员' },
  STORAGE_UNAVAILABLE: { status: 503, message: '文件存储暂时不可用，请稍后再试' },
  DATABASE_BUSY: { status: 503, message: '系统正在写入一批数据，暂时无法保存，请稍后重试（已填写的内容未丢失）' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error shape every API error uses. `fields` maps a field path (a.b.0) to its message. */
export const ZApiError = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
  requestId: z.string(),
});
export type TApiError = z.infer<typeof ZApiError>;
