/**
 * The formula language of the annual report definitions (DOMAIN.md: definitions live in data).
 *
 *   numbers, "strings", true/false/null, indicator codes, org.<field>, prev.<code>, param.<name>,
 *   year, year_end ('YYYY-12-31'), form; unary - !, * /, + -, = != < <= > >=, &&, ||, parentheses;
 *   present abs min max round if count sum add_years spending_floor mgmt_cap total coalesce.
 *
 * Parsing (formula-parse.ts) and evaluation (formula-eval.ts) are separate; this module adds the cache and
 * the reference analysis the definition check needs.
 */
import { parseFormula, type FormulaNode } from './formula-parse';
import { evaluateFormula, type FormulaScope, type FormulaValue } from './formula-eval';

export * from './formula-parse';
export * from './formula-eval';

const CACHE_LIMIT = 5000;
const cache = new Map<string, FormulaNode>();

/** Parses once per distinct formula text; throws FormulaError like parseFormula. */
export function compileFormula(src: string): FormulaNode {
  let ast = cache.get(src);
  if (!ast) {
    ast = parseFormula(src);
    // Definitions are versioned, so the set of texts grows slowly; a full reset is enough of an eviction.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(src, ast);
  }
  return ast;
}

/** Parse (cached) and evaluate. */
export function evaluateFormulaText(src: string, scope: FormulaScope): FormulaValue {
  return evaluateFormula(compileFormula(src), scope);
}

export interface FormulaSymbols {
  /** This year's indicator codes. */
  codes: string[];
  /** Codes read as `prev.<code>`. */
  prevCodes: string[];
  params: string[];
  /** `sum(rows, "column")` pairs, so a definition check can verify the column exists. */
  rowColumns: { code: string; column: string }[];
  /** Whether year/form/org.* are used (appliesWhen may use only these and params). */
  usesContext: boolean;
}

/** Every name a formula reads, each once, in order of appearance. */
export function formulaSymbols(ast: FormulaNode): FormulaSymbols {
  const out: FormulaSymbols = { codes: [], prevCodes: [], params: [], rowColumns: [], usesContext: false };
  const add = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v);
  };
  const walk = (n: FormulaNode): void => {
    switch (n.kind) {
      case 'code':
        return add(out.codes, n.code);
      case 'prev':
        return add(out.prevCodes, n.code);
      case 'param':
        return add(out.params, n.name);
      case 'org':
      case 'year':
      case 'year_end':
      case 'form':
        out.usesContext = true;
        return;
      case 'unary':
        return walk(n.operand);
      case 'binary':
        walk(n.left);
        return walk(n.right);
      case 'call': {
        const [rows, col] = n.args;
        if (n.fn === 'sum' && rows?.kind === 'code' && col?.kind === 'literal')
          out.rowColumns.push({ code: rows.code, column: String(col.value) });
        n.args.forEach(walk);
        return;
      }
      case 'literal':
        return;
    }
  };
  walk(ast);
  return out;
}

/** The indicator codes (this year) a formula references. */
export function formulaReferences(ast: FormulaNode): string[] {
  return formulaSymbols(ast).codes;
}
