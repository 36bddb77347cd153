import type { KeywordCoverage, TitleCheck } from '../../../schema';
import { makeCheck, msg } from './checks';
import { quoteList } from './text';
import type { RuleInput } from './types';

/**
 * Target-keyword checks built from keywordCoverage (keywords.ts decides presence, front and
 * stuffing per marketplace): missing keywords, the main (first) keyword at the front, and
 * stuffed keywords. On Amazon the front is `amazon.mobile-front`'s business, so
 * `keywords.front-loaded` is only made for Taobao, Tmall and JD.
 */

const FRONT_SOURCE = 'https://mojicnt.click/en/blog/amazon-listing-optimization.html';
const STUFF_SOURCE = 'https://ssopdot.com/blog/12796.html';
const CN_FRONT_SOURCE = 'https://www.lihui01.cn/job_book/what-is-the-taobao-baby-title-combination-formula-do-i-need-to-add-spaces.html';

export function keywordChecks(input: RuleInput, coverage: readonly KeywordCoverage[]): TitleCheck[] {
  if (coverage.length === 0) return [];
  const out: TitleCheck[] = [];
  const missing = coverage.filter((c) => !c.present);
  const present = coverage.filter((c) => c.present);
  if (missing.length === 0) {
    out.push(makeCheck('keywords.missing', 'pass', msg(`${coverage.length} 个目标关键词都已包含。`, `All ${coverage.length} target keywords are in.`), { source: FRONT_SOURCE }));
  } else {
    const names = quoteList(missing.map((c) => c.keyword), 10);
    out.push(
      makeCheck(
        'keywords.missing',
        present.length === 0 ? 'fail' : 'warn',
        msg(`缺少 ${missing.length}/${coverage.length} 个目标关键词：${names.zh}。`, `Missing ${missing.length} of ${coverage.length} target keywords: ${names.en}.`),
        { source: FRONT_SOURCE, fix: { message: msg('把重要的缺失关键词自然地写进标题，其余放进搜索词或卖点。', 'Work the important missing keywords into the title; put the rest in search terms or bullets.') } },
      ),
    );
  }
  const main = coverage[0]!;
  if (input.marketplace !== 'amazon' && main.present) {
    out.push(
      main.frontLoaded
        ? makeCheck('keywords.front-loaded', 'pass', msg(`主关键词“${main.keyword}”在标题前部。`, `The main keyword "${main.keyword}" is at the front.`), { source: CN_FRONT_SOURCE })
        : makeCheck('keywords.front-loaded', 'warn', msg(`主关键词“${main.keyword}”不在标题前部。`, `The main keyword "${main.keyword}" is not at the front.`), {
            spans: main.spans.slice(0, 1),
            source: CN_FRONT_SOURCE,
            fix: { message: msg('把主关键词移到品牌之后。', 'Move the main keyword right after the brand.') },
          }),
    );
  }
  const stuffed = coverage.filter((c) => c.stuffed);
  if (stuffed.length === 0) {
    out.push(makeCheck('keywords.stuffed', 'pass', msg('目标关键词没有堆砌。', 'No target keyword is stuffed.'), { source: STUFF_SOURCE }));
  } else {
    const names = quoteList(stuffed.map((c) => `${c.keyword} ×${c.spans.length}`));
    out.push(
      makeCheck(
        'keywords.stuffed',
        input.marketplace === 'amazon' ? 'warn' : 'fail',
        msg(`关键词堆砌：${names.zh}。重复关键词不会提高排名，还可能被判为滥用。`, `Stuffed keywords: ${names.en}. Repeating a keyword does not rank higher and may be penalised.`),
        { spans: stuffed.flatMap((c) => c.spans), source: STUFF_SOURCE, fix: { message: msg('每个关键词写一次。', 'Write each keyword once.') } },
      ),
    );
  }
  return out;
}
