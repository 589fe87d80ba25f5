/**
 * Parser of the report formula language (see `formula.ts`): text → AST by recursive descent.
 * No eval/Function anywhere: administrators edit these formulas, so they must stay data.
 */

export class FormulaError extends Error {
  /** 0-based character position in the formula text. */
  readonly position: number;
  readonly detail: string;
  constructor(detail: string, position: number) {
    super(`公式错误（第${position + 1}个字符）：${detail}`);
    this.name = 'FormulaError';
    this.position = position;
    this.detail = detail;
  }
}

/** `org.<field>` → the ReportContext.org property it reads. */
export const ORG_FIELDS = {
  type: 'type',
  charity: 'charity',
  public_fundraising: 'publicFundraising',
  registered_funds: 'registeredFundsFen',
  grade: 'grade',
  founded_on: 'foundedOn',
  direct: 'direct',
  has_party_org: 'hasPartyOrg',
} as const;
export type OrgField = keyof typeof ORG_FIELDS;

/** Function name → [min, max] argument count. */
export const FORMULA_FUNCTIONS = {
  present: [1, 1],
  abs: [1, 1],
  min: [1, 50],
  max: [1, 50],
  round: [1, 2],
  if: [3, 3],
  count: [1, 1],
  sum: [2, 2],
  add_years: [2, 2],
  spending_floor: [2, 2],
  mgmt_cap: [1, 1],
  /** Sum that skips blanks (a blank statement line means 0); null only when every operand is blank. */
  total: [1, 50],
  /** The first operand that is not null. */
  coalesce: [2, 50],
} as const;
export type FormulaFunction = keyof typeof FORMULA_FUNCTIONS;

export type BinaryOp = '+' | '-' | '*' | '/' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export type FormulaNode =
  | { kind: 'literal'; value: number | string | boolean | null }
  | { kind: 'code'; code: string }
  | { kind: 'prev'; code: string }
  | { kind: 'param'; name: string }
  | { kind: 'org'; field: OrgField }
  | { kind: 'year' }
  | { kind: 'year_end' }
  | { kind: 'form' }
  | { kind: 'unary'; op: '-' | '!'; operand: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; fn: FormulaFunction; args: FormulaNode[] };

type Token =
  | { t: 'num'; v: number; pos: number }
  | { t: 'str'; v: string; pos: number }
  | { t: 'id'; v: string; pos: number }
  | { t: 'op'; v: string; pos: number }
  | { t: 'eof'; pos: number };

const CODE_RE = /^[a-z][a-z0-9_]{0,59}$/;
const PARAM_RE = /^[a-z][a-z0-9_]{0,59}$/;
const OPERATORS = ['<=', '>=', '!=', '==', '&&', '||', '+', '-', '*', '/', '=', '<', '>', '!', '(', ')', ','];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i)) as RegExpExecArray;
      if (/^[A-Za-z_]/.test(src.slice(i + m[0].length))) throw new FormulaError('数字后不能直接跟字母', i);
      out.push({ t: 'num', v: Number(m[0]), pos: i });
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new FormulaError('字符串缺少结束的双引号', i);
      out.push({ t: 'str', v: s, pos: i });
      i = j + 1;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new FormulaError(`无法识别的字符“${c}”`, i);
    out.push({ t: 'op', v: op === '==' ? '=' : op, pos: i });
    i += op.length;
  }
  out.push({ t: 'eof', pos: src.length });
  return out;
}

function describe(tok: Token): string {
  return tok.t === 'eof' ? '公式结尾' : `“${String(tok.v)}”`;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token {
    return this.toks[this.i] as Token;
  }
  private next(): Token {
    return this.toks[this.i++] as Token;
  }
  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.t === 'op' && ops.includes(t.v);
  }
  private expectOp(op: string, what: string): void {
    if (!this.isOp(op)) throw new FormulaError(`此处应为${what}，实际为${describe(this.peek())}`, this.peek().pos);
    this.i++;
  }

  parseAll(): FormulaNode {
    if (this.peek().t === 'eof') throw new FormulaError('公式为空', 0);
    const node = this.or();
    if (this.peek().t !== 'eof') throw new FormulaError(`多余的${describe(this.peek())}`, this.peek().pos);
    return node;
  }

  private binaryLevel(ops: BinaryOp[], sub: () => FormulaNode): FormulaNode {
    let left = sub();
    while (this.isOp(...ops)) {
      const op = this.next() as { v: BinaryOp };
      left = { kind: 'binary', op: op.v, left, right: sub() };
    }
    return left;
  }

  private or = (): FormulaNode => this.binaryLevel(['||'], this.and);
  private and = (): FormulaNode => this.binaryLevel(['&&'], this.cmp);
  private cmp = (): FormulaNode => {
    const left = this.add();
    if (!this.isOp('=', '!=', '<', '<=', '>', '>=')) return left;
    const op = (this.next() as { v: BinaryOp }).v;
    const node: FormulaNode = { kind: 'binary', op, left, right: this.add() };
    if (this.isOp('=', '!=', '<', '<=', '>', '>='))
      throw new FormulaError('比较不能连写，请用 && 连接', this.peek().pos);
    return node;
  };
  private add = (): FormulaNode => this.binaryLevel(['+', '-'], this.mul);
  private mul = (): FormulaNode => this.binaryLevel(['*', '/'], this.unary);
  private unary = (): FormulaNode => {
    if (this.isOp('-', '!')) {
      const op = (this.next() as { v: '-' | '!' }).v;
      return { kind: 'unary', op, operand: this.unary() };
    }
    return this.primary();
  };

  private primary(): FormulaNode {
    const tok = this.next();
    if (tok.t === 'num' || tok.t === 'str') return { kind: 'literal', value: tok.v };
    if (tok.t === 'op' && tok.v === '(') {
      const inner = this.or();
      this.expectOp(')', '右括号“)”');
      return inner;
    }
    if (tok.t !== 'id') throw new FormulaError(`此处应为数值、名称或左括号，实际为${describe(tok)}`, tok.pos);
    if (this.isOp('(')) return this.call(tok.v, tok.pos);
    return nameNode(tok.v, tok.pos);
  }

  private call(name: string, pos: number): FormulaNode {
    if (!Object.hasOwn(FORMULA_FUNCTIONS, name)) throw new FormulaError(`未知函数“${name}”`, pos);
    const fn = name as FormulaFunction;
    this.i++; // (
    const args: FormulaNode[] = [];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.i++;
        args.push(this.or());
      }
    }
    this.expectOp(')', '逗号或右括号“)”');
    const [lo, hi] = FORMULA_FUNCTIONS[fn];
    if (args.length < lo || args.length > hi) {
      const want = lo === hi ? `${lo}` : `${lo}–${hi}`;
      throw new FormulaError(`函数 ${fn} 需要${want}个参数，实际为${args.length}个`, pos);
    }
    if ((fn === 'count' || fn === 'sum') && args[0]?.kind !== 'code')
      throw new FormulaError(`函数 ${fn} 的第一个参数应为表格指标代码`, pos);
    if (fn === 'sum' && (args[1]?.kind !== 'literal' || typeof args[1].value !== 'string'))
      throw new FormulaError('函数 sum 的第二个参数应为列代码字符串，例如 "amount"', pos);
    return { kind: 'call', fn, args };
  }
}

function nameNode(name: string, pos: number): FormulaNode {
  if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
  if (name === 'null') return { kind: 'literal', value: null };
  if (name === 'year' || name === 'year_end' || name === 'form') return { kind: name };
  const dot = name.indexOf('.');
  if (dot < 0) {
    if (!CODE_RE.test(name)) throw new FormulaError(`“${name}”不是有效的指标代码`, pos);
    return { kind: 'code', code: name };
  }
  const head = name.slice(0, dot);
  const rest = name.slice(dot + 1);
  if (head === 'org') {
    if (!Object.hasOwn(ORG_FIELDS, rest)) throw new FormulaError(`未知的组织属性“${name}”`, pos);
    return { kind: 'org', field: rest as OrgField };
  }
  if (head === 'prev') {
    if (!CODE_RE.test(rest)) throw new FormulaError(`“${name}”不是有效的上年指标引用`, pos);
    return { kind: 'prev', code: rest };
  }
  if (head === 'param') {
    if (!PARAM_RE.test(rest)) throw new FormulaError(`“${name}”不是有效的参数名`, pos);
    return { kind: 'param', name: rest };
  }
  throw new FormulaError(`未知名称“${name}”（可用 org.、prev.、param. 前缀）`, pos);
}

/** Parses a formula; throws FormulaError (Chinese message, character position) on bad syntax. */
export function parseFormula(src: string): FormulaNode {
  return new Parser(tokenize(src)).parseAll();
}
