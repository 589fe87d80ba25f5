/**
 * 统一社会信用代码 (GB 32100-2015, organization code GB 11714): one validator for the API, the import
 * and the web form. Errors say what is wrong and where (1-based positions).
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Position 18 weights: 3^(i−1) mod 31 for i = 1..17. */
const WEIGHTS_18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 weights over positions 9–16 (the organization code's first 8 characters). */
const WEIGHTS_17 = [3, 7, 9, 10, 5, 8, 4, 2];

/** Category digit (position 2) under registration department 5 (civil affairs). */
export const USCC_CIVIL_CATEGORIES = {
  '1': 'social_group',
  '2': 'service_institution',
  '3': 'foundation',
  '9': 'other',
} as const;
export type UsccOrgType = 'social_group' | 'service_institution' | 'foundation';

export type UsccErrorKind = 'length' | 'charset' | 'check17' | 'check18' | 'department' | 'category' | 'region';

export interface UsccIssue {
  kind: UsccErrorKind;
  /** 1-based position the problem is at (0 when it concerns the whole code). */
  position: number;
  message: string;
}

export interface UsccResult {
  valid: boolean;
  errors: UsccIssue[];
  warnings: UsccIssue[];
  parsed: { department: string; category: string; regionCode: string; orgCode: string } | null;
}

export interface UsccOptions {
  /** The organization type the code must match (position 2). */
  orgType?: UsccOrgType;
  /** Require registration department 5 (civil affairs); default true. */
  civilAffairs?: boolean;
  /**
   * Looks up positions 3–8: 'current' (a region of today), 'retired' (a former region, e.g. 500234 开县,
   * a warning only) or 'unknown' (an error). Without it the region is not checked.
   */
  regionStatus?: (gbCode: string) => 'current' | 'retired' | 'unknown';
  /** The 6-digit region of the registering authority; positions 3–8 must equal it. */
  authorityGbCode?: string;
}

/** Position 17: GB 11714 check over positions 9–16 (letters A=10 … Z=35, all 26). */
export function orgCodeCheck(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!;
    const v = /\d/.test(c) ? Number(c) : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : NaN;
    if (Number.isNaN(v)) return null;
    sum += v * WEIGHTS_17[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Position 18 over positions 1–17 in the 31-character set. */
export function usccCheck(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS_18[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

const TYPE_DIGIT: Record<UsccOrgType, string> = { social_group: '1', service_institution: '2', foundation: '3' };
const TYPE_NAME: Record<UsccOrgType, string> = {
  social_group: '社会团体',
  service_institution: '民办非企业单位',
  foundation: '基金会',
};

export function validateUscc(input: string, opts: UsccOptions = {}): UsccResult {
  const code = input.trim().toUpperCase();
  const errors: UsccIssue[] = [];
  const warnings: UsccIssue[] = [];
  const err = (kind: UsccErrorKind, position: number, message: string) => errors.push({ kind, position, message });

  if (code.length !== 18) {
    err('length', 0, `统一社会信用代码应为18位，当前为${code.length}位`);
    return { valid: false, errors, warnings, parsed: null };
  }
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(code[i]!)) {
      const hint = 'IOZSV'.includes(code[i]!) ? '（代码不使用 I、O、Z、S、V）' : '';
      err('charset', i + 1, `第${i + 1}位“${code[i]}”不是代码字符${hint}`);
    }
  }
  if (errors.length) return { valid: false, errors, warnings, parsed: null };

  const parsed = { department: code[0]!, category: code[1]!, regionCode: code.slice(2, 8), orgCode: code.slice(8, 17) };
  if ((opts.civilAffairs ?? true) && parsed.department !== '5') {
    err('department', 1, `第1位登记管理部门应为5（民政），当前为${parsed.department}`);
  }
  if (parsed.department === '5' && !(parsed.category in USCC_CIVIL_CATEGORIES)) {
    err(
      'category',
      2,
      `第2位机构类别“${parsed.category}”不是民政部门的类别（1社会团体、2民办非企业单位、3基金会、9其他）`,
    );
  } else if (opts.orgType && parsed.department === '5' && parsed.category !== TYPE_DIGIT[opts.orgType]) {
    err(
      'category',
      2,
      `第2位机构类别应为${TYPE_DIGIT[opts.orgType]}（${TYPE_NAME[opts.orgType]}），当前为${parsed.category}`,
    );
  }
  if (!/^\d{6}$/.test(parsed.regionCode)) {
    err('region', 3, '第3–8位登记管理机关行政区划码应为6位数字');
  } else {
    if (opts.authorityGbCode && parsed.regionCode !== opts.authorityGbCode) {
      err('region', 3, `第3–8位行政区划码应为登记管理机关的${opts.authorityGbCode}，当前为${parsed.regionCode}`);
    }
    const status = parsed.regionCode === '100000' ? 'current' : opts.regionStatus?.(parsed.regionCode);
    if (status === 'unknown') err('region', 3, `第3–8位行政区划码${parsed.regionCode}不存在`);
    if (status === 'retired')
      warnings.push({
        kind: 'region',
        position: 3,
        message: `第3–8位行政区划码${parsed.regionCode}已撤销（历史区划），请核实`,
      });
  }
  const c17 = orgCodeCheck(code.slice(8, 16));
  if (c17 === null) err('check17', 17, '第9–16位组织机构代码含有无法计算校验位的字符');
  else if (c17 !== code[16]) err('check17', 17, `第17位（组织机构代码校验码）应为${c17}，当前为${code[16]}`);
  const c18 = usccCheck(code.slice(0, 17));
  if (c18 !== code[17]) err('check18', 18, `第18位（校验码）应为${c18}，当前为${code[17]}`);
  return { valid: errors.length === 0, errors, warnings, parsed };
}

/** Pilot-area codes that are legal but fail only the position-18 check (accepted by import with an override). */
export function failsOnlyFinalCheck(r: UsccResult): boolean {
  return !r.valid && r.errors.length > 0 && r.errors.every((e) => e.kind === 'check18');
}

/** A valid code for given first 16 characters (test data and demo generators). */
export function completeUscc(first16: string): string {
  const c17 = orgCodeCheck(first16.slice(8, 16));
  if (c17 === null) throw new Error(`cannot complete ${first16}`);
  const first17 = first16 + c17;
  return first17 + usccCheck(first17);
}
