import type { TitleCheck } from '../../../schema';
import { LIMITS, type LimitId } from '../limits';
import { cnBytes } from '../tokens';
import { makeCheck, msg, type Status } from './checks';
import { excerpt } from './text';
import type { RuleInput } from './types';

/**
 * Title length in the bytes Taobao and JD count: Chinese (any non-ASCII) 2, ASCII 1.
 * Taobao 60 (fail); Tmall warns above 60 and fails above 128 (conflicting reports, see
 * limits.ts); JD's long title only warns (no stored source states its maximum).
 */

/** Offset where the first `max` cn-bytes end. */
function cnByteCut(text: string, max: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    const n = c <= 0xff ? 1 : 2;
    if (bytes + n > max) return i;
    bytes += n;
    if (c > 0xffff) i++;
  }
  return text.length;
}

const NAME = { taobao: msg('淘宝', 'Taobao'), tmall: msg('天猫', 'Tmall'), jd: msg('京东', 'JD'), amazon: msg('亚马逊', 'Amazon') };

function over(input: RuleInput, limit: LimitId, status: Status, bytes: number): TitleCheck {
  const max = input.limits[limit];
  const cut = cnByteCut(input.text, max);
  const name = NAME[input.marketplace];
  const unverified = LIMITS[limit].note.includes('unverified') ? msg('（该上限未经平台证实）', ' (limit not confirmed by the platform)') : msg('', '');
  return makeCheck(
    'cn.length-bytes',
    status,
    msg(
      `标题 ${bytes} 字节（汉字算 2，字母、数字算 1），超过${name.zh} ${max} 字节（${max / 2} 个汉字）的上限${unverified.zh}；从“${excerpt(input.text, cut)}”起会被截断或无法发布。`,
      `The title is ${bytes} bytes (Chinese 2, letters and digits 1), over ${name.en}'s ${max}-byte limit (${max / 2} Chinese characters)${unverified.en}; from "${excerpt(input.text, cut)}" on it is cut or cannot be published.`,
    ),
    { spans: [{ start: cut, end: input.text.length }], source: LIMITS[limit].source, fix: { message: msg(`删去 ${bytes - max} 个字节：先删重复词、空格和修饰词。`, `Cut ${bytes - max} bytes: repeats, spaces and filler words first.`) } },
  );
}

export function cnLength(input: RuleInput): TitleCheck {
  const bytes = cnBytes(input.text);
  const { marketplace, limits } = input;
  const hard: LimitId = marketplace === 'tmall' ? 'tmallTitleCnBytes' : marketplace === 'jd' ? 'jdTitleCnBytes' : 'taobaoTitleCnBytes';
  if (!input.text.trim()) {
    return makeCheck('cn.length-bytes', 'fail', msg('标题为空。', 'The title is empty.'), { source: LIMITS[hard].source });
  }
  if (bytes > limits[hard]) return over(input, hard, marketplace === 'jd' ? 'warn' : 'fail', bytes);
  if (marketplace === 'tmall' && bytes > limits.tmallTitleWarnCnBytes) return over(input, 'tmallTitleWarnCnBytes', 'warn', bytes);
  const cap = marketplace === 'tmall' ? limits.tmallTitleWarnCnBytes : limits[hard];
  return makeCheck('cn.length-bytes', 'pass', msg(`标题 ${bytes} 字节，未超过 ${cap} 字节。`, `The title is ${bytes} bytes, within ${cap}.`), { source: LIMITS[hard].source });
}

export function jdShortTitleLength({ text, limits }: RuleInput): TitleCheck {
  const bytes = cnBytes(text.trim());
  const min = limits.jdShortTitleMinCnBytes;
  const max = limits.jdShortTitleMaxCnBytes;
  const source = LIMITS.jdShortTitleMaxCnBytes.source;
  if (bytes >= min && bytes <= max) {
    return makeCheck('jd.short-title.length', 'pass', msg(`短标题 ${bytes} 字节，在 ${min}–${max} 之间。`, `The short title is ${bytes} bytes, within ${min}–${max}.`), { source });
  }
  const short = bytes < min;
  const cut = cnByteCut(text, max);
  return makeCheck(
    'jd.short-title.length',
    'fail',
    short
      ? msg(`短标题只有 ${bytes} 字节，少于京东要求的 ${min} 字节（汉字算 2）；应包含品牌名、产品词和规格。`, `The short title is only ${bytes} bytes, under JD's ${min} (Chinese counts 2); it needs brand, product word and spec.`)
      : msg(`短标题 ${bytes} 字节，超过京东 ${max} 字节（15 个汉字）的上限；从“${excerpt(text, cut)}”起超出。`, `The short title is ${bytes} bytes, over JD's ${max}-byte limit (15 Chinese characters); it overflows from "${excerpt(text, cut)}".`),
    { source, ...(short ? {} : { spans: [{ start: cut, end: text.length }] }), fix: { message: msg('按“品牌名+产品词+规格”写，如“xxx(品牌)挂式车载纸巾”。', 'Write brand + product word + spec, e.g. "xxx(品牌)挂式车载纸巾".') } },
  );
}
