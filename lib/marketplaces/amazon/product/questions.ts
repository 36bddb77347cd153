import { isHidden, textOf } from '../../shared/dom';
import type { FieldReader } from '../../shared/field-reader';
import { parseCount } from '../../shared/numbers';
import { QUESTIONS_LINK } from '../selectors/listing';
import { visibleById } from './page';

/**
 * "11 answered questions" and its translations. Since 2023 the same link id holds "Search
 * this page" (Q&A was replaced by AI answers): no count, and no issue either.
 */
const ANSWERED =
  /answered questions?|Fragen beantwortet|beantwortete Fragen|questions? avec (?:une )?r[ée]ponses?|questions? r[ée]pondues?|preguntas respondidas|domande con risposta|perguntas respondidas|beantwoorde vragen|件の質問/i;

/** The answered-questions count by the title; absent when the page shows none (the 2023+ pages). */
export function readQuestionCount(doc: Document, r: FieldReader): number | undefined {
  for (const id of QUESTIONS_LINK) {
    const el = visibleById(doc, id);
    if (!el || isHidden(el)) continue;
    const text = textOf(el);
    if (!ANSWERED.test(text)) continue;
    const n = parseCount(text);
    if (n === undefined) {
      r.issue('product.questionCount', 'unparseable', `Answered-questions link without a number: "${text.slice(0, 80)}"`, [id]);
      return undefined;
    }
    r.provenance['product.questionCount'] = id;
    return n;
  }
  return undefined;
}
