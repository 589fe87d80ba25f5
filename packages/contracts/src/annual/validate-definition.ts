import { ZIndicatorSetDefinition, type TIndicator, type TIndicatorSetDefinition } from './indicator-set';
import { compileFormula, FormulaError, formulaSymbols, type FormulaSymbols } from './formula';

/** One problem of a definition, at a path such as `rules[3].assert`, so an admin edit can be refused field by field. */
export interface DefinitionProblem {
  path: string;
  message: string;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)),
    '',
  );
}

interface Ctx {
  problems: DefinitionProblem[];
  byCode: Map<string, TIndicator>;
  params: Set<string>;
}

/** Parses one formula and checks every name it reads; returns its symbols when it parses. */
function checkFormula(c: Ctx, path: string, src: string | undefined, contextOnly = false): FormulaSymbols | null {
  if (src === undefined) return null;
  let sym: FormulaSymbols;
  try {
    sym = formulaSymbols(compileFormula(src));
  } catch (e) {
    if (e instanceof FormulaError) {
      c.problems.push({ path, message: e.message });
      return null;
    }
    throw e;
  }
  const report = (message: string) => c.problems.push({ path, message });
  if (contextOnly && sym.codes.length + sym.prevCodes.length > 0)
    report('适用条件只能使用 org.*、year、form 和 param.*，不能引用指标');
  for (const code of sym.codes) if (!c.byCode.has(code)) report(`引用了不存在的指标“${code}”`);
  for (const code of sym.prevCodes) if (!c.byCode.has(code)) report(`引用了不存在的上年指标“prev.${code}”`);
  for (const p of sym.params) if (!c.params.has(p)) report(`引用了未定义的参数“param.${p}”`);
  for (const { code, column } of sym.rowColumns) {
    const ind = c.byCode.get(code);
    if (ind && ind.type !== 'rows') report(`“${code}”不是表格指标，不能求列合计`);
    else if (ind && !ind.columns?.some((col) => col.code === column)) report(`表格“${code}”没有列“${column}”`);
  }
  return sym;
}

function duplicates(items: { code: string }[], what: string, list: string, problems: DefinitionProblem[]): void {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.code)) problems.push({ path: `${list}[${i}].code`, message: `${what}代码“${it.code}”重复` });
    seen.add(it.code);
  });
}

/** Cycles among computed indicators (a subtotal that ends up depending on itself). */
function cycles(c: Ctx, deps: Map<string, string[]>, indexOf: Map<string, number>): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (code: string, trail: string[]): void => {
    if (state.get(code) === 'done') return;
    if (state.get(code) === 'visiting') {
      const loop = [...trail.slice(trail.indexOf(code)), code].join(' → ');
      c.problems.push({ path: `indicators[${indexOf.get(code)}].formula`, message: `公式循环引用：${loop}` });
      return;
    }
    state.set(code, 'visiting');
    for (const d of deps.get(code) ?? []) if (deps.has(d)) visit(d, [...trail, code]);
    state.set(code, 'done');
  };
  for (const code of deps.keys()) visit(code, []);
}

/** Everything wrong with a definition (Chinese messages); [] when it can be saved. */
export function validateDefinition(input: unknown): DefinitionProblem[] {
  const parsed = ZIndicatorSetDefinition.safeParse(input);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ path: zodPath(i.path), message: `格式错误：${i.message}` }));
  const def: TIndicatorSetDefinition = parsed.data;
  const c: Ctx = {
    problems: [],
    byCode: new Map(def.indicators.map((i) => [i.code, i])),
    params: new Set(Object.keys(def.params)),
  };
  const { problems } = c;
  duplicates(def.indicators, '指标', 'indicators', problems);
  duplicates(def.rules, '校验规则', 'rules', problems);
  duplicates(def.risks, '风险规则', 'risks', problems);

  const deps = new Map<string, string[]>();
  const indexOf = new Map<string, number>();
  def.indicators.forEach((ind, i) => {
    const at = `indicators[${i}]`;
    indexOf.set(ind.code, i);
    if (ind.type === 'choice' && !ind.options?.length)
      problems.push({ path: `${at}.options`, message: '选择题需要选项' });
    if (ind.type === 'rows' && !ind.columns?.length)
      problems.push({ path: `${at}.columns`, message: '表格指标需要列' });
    if (ind.min !== undefined && ind.max !== undefined && ind.min > ind.max)
      problems.push({ path: `${at}.max`, message: '最大值不能小于最小值' });
    checkFormula(c, `${at}.appliesWhen`, ind.appliesWhen, true);
    const sym = checkFormula(c, `${at}.formula`, ind.formula);
    if (sym) deps.set(ind.code, sym.codes);
    if (ind.formula && ind.type !== 'number' && ind.type !== 'money')
      problems.push({ path: `${at}.formula`, message: '只有数字和金额指标可以由公式计算' });
  });
  cycles(c, deps, indexOf);

  def.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    checkFormula(c, `${at}.assert`, rule.assert);
    checkFormula(c, `${at}.when`, rule.when);
    rule.fields.forEach((f, j) => {
      if (!c.byCode.has(f)) problems.push({ path: `${at}.fields[${j}]`, message: `字段“${f}”不是本年度的指标` });
    });
  });

  def.risks.forEach((risk, i) => {
    const at = `risks[${i}]`;
    checkFormula(c, `${at}.when`, risk.when);
    risk.show.forEach((s, j) => checkFormula(c, `${at}.show[${j}].formula`, s.formula));
  });

  def.charityLimits.forEach((row, i) => {
    if (
      row.netAssetsFromFen !== null &&
      row.netAssetsBelowFen !== null &&
      row.netAssetsFromFen >= row.netAssetsBelowFen
    )
      problems.push({ path: `charityLimits[${i}].netAssetsBelowFen`, message: '净资产区间的上限应大于下限' });
  });
  return problems;
}
