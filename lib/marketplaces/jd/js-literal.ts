/**
 * A bounded reader for the object literals JD pages assign in inline scripts
 * (`window.pageConfig = { product: { skuid: 917461, name: '\u534e…', cat: [9987,653,655] } }`):
 * JSON plus unquoted keys, single quotes, trailing commas and comments. Nothing is
 * evaluated: a value that is an expression (`a && b`, `f()`, `'x' + y`) is skipped and its
 * key left out, so one computed entry does not cost the whole object.
 */

const MAX_DEPTH = 24;
const MAX_VALUES = 50_000;
const SKIPPED = Symbol('skipped');
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Stop extends Error {}

/** The literal starting at `start` (an `{` or `[`), or undefined when it is not one. */
export function readJsLiteral(src: string, start: number, maxLength = 500_000): unknown {
  const reader = new LiteralReader(src, start, Math.min(src.length, start + maxLength));
  try {
    const value = reader.value(0);
    return value === SKIPPED ? undefined : value;
  } catch {
    return undefined; // too deep, too big, or cut off: no partial object
  }
}

class LiteralReader {
  private values = 0;
  constructor(private readonly s: string, private pos: number, private readonly end: number) {}

  value(depth: number): unknown {
    if (depth > MAX_DEPTH || ++this.values > MAX_VALUES) throw new Stop();
    this.space();
    const c = this.s[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'") return this.string(c);
    const num = /^-?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)/.exec(this.s.slice(this.pos, this.pos + 40));
    if (num) {
      this.pos += num[0].length;
      return Number(num[0]);
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(this.s.slice(this.pos, this.pos + 64))?.[0];
    if (word === 'true' || word === 'false' || word === 'null' || word === 'undefined') {
      const after = this.s[this.pos + word.length];
      if (after === undefined || !/[\w$.(]/.test(after)) {
        this.pos += word.length;
        return word === 'true' ? true : word === 'false' ? false : null;
      }
    }
    this.skipExpression();
    return SKIPPED;
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++; // {
    for (;;) {
      this.space();
      if (this.eat('}')) return out;
      const key = this.key();
      this.space();
      if (key === undefined || !this.eat(':')) {
        this.skipExpression(); // shorthand, method or spread: not data
      } else {
        const v = this.entry(depth);
        if (v !== SKIPPED && !UNSAFE_KEYS.has(key)) out[key] = v;
      }
      this.space();
      if (this.eat(',')) continue;
      if (this.eat('}')) return out;
      throw new Stop();
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++; // [
    for (;;) {
      this.space();
      if (this.eat(']')) return out;
      const v = this.entry(depth);
      if (v !== SKIPPED) out.push(v);
      this.space();
      if (this.eat(',')) continue;
      if (this.eat(']')) return out;
      throw new Stop();
    }
  }

  /** A value that must end at `,` or a closing bracket; anything longer is an expression. */
  private entry(depth: number): unknown {
    const v = this.value(depth + 1);
    this.space();
    const c = this.s[this.pos];
    if (v === SKIPPED || c === ',' || c === '}' || c === ']') return v;
    this.skipExpression();
    return SKIPPED;
  }

  private key(): string | undefined {
    const c = this.s[this.pos];
    if (c === '"' || c === "'") return this.string(c);
    const m = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(this.s.slice(this.pos, this.pos + 200));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private string(quote: string): string {
    let out = '';
    this.pos++;
    while (this.pos < this.end) {
      const c = this.s[this.pos++]!;
      if (c === quote) return out;
      if (c === '\n') break; // unterminated
      if (c !== '\\') {
        out += c;
        continue;
      }
      out += this.escape();
    }
    throw new Stop();
  }

  private escape(): string {
    const c = this.s[this.pos++] ?? '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' };
    if (c in simple) return simple[c]!;
    const hex = c === 'x' ? /^[0-9a-fA-F]{2}/ : c === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/ : undefined;
    const m = hex?.exec(this.s.slice(this.pos, this.pos + 8));
    if (!m) return c;
    this.pos += m[0].length;
    const code = parseInt(m[0].replace(/[{}]/g, ''), 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }

  /** Skips an expression up to the `,` or closing bracket that ends it (strings and nesting respected). */
  private skipExpression(): void {
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.s[this.pos]!;
      if (c === '"' || c === "'" || c === '`') {
        this.skipQuoted(c);
        continue;
      }
      if (c === '/' && (this.s[this.pos + 1] === '/' || this.s[this.pos + 1] === '*')) {
        this.space();
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return;
        depth--;
      } else if (c === ',' && depth === 0) return;
      this.pos++;
    }
    throw new Stop();
  }

  private skipQuoted(quote: string): void {
    this.pos++;
    while (this.pos < this.end) {
      const c = this.s[this.pos++];
      if (c === '\\') this.pos++;
      else if (c === quote) return;
    }
    throw new Stop();
  }

  private space(): void {
    for (;;) {
      const m = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(this.s.slice(this.pos, this.pos + 4096));
      if (!m || m[0].length === 0) return;
      this.pos += m[0].length;
      if (this.pos >= this.end) throw new Stop();
    }
  }

  private eat(c: string): boolean {
    if (this.s[this.pos] !== c) return false;
    this.pos++;
    return true;
  }
}
