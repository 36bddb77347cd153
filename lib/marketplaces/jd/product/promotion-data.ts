import type { Promotion } from '../../../schema';
import { cnPromotion, uniquePromotions } from '../../shared/cn-promotions';
import type { JdPage } from '../page';
import { isObject, objectWithKey } from '../page-state';

const MAX_LABELS = 50;

/**
 * Promotions from embedded page state when the page renders none: the wareBusiness response's
 * `preferenceVO.sharedLabel[]` / `againSharedLabel[]` ({text, shortText}: 满减, 券, 返豆 …, J1),
 * as some pages inline it in a script. Read as data, never run.
 */
export function promotionsFromData(page: JdPage): Promotion[] | undefined {
  const holder = objectWithKey(page.scripts(), 'preferenceVO');
  const vo = holder?.preferenceVO;
  if (!isObject(vo)) return undefined;
  const labels = [vo.sharedLabel, vo.againSharedLabel].flatMap((l) => (Array.isArray(l) ? l : [])).slice(0, MAX_LABELS);
  return uniquePromotions(labels.map((label) => {
    if (!isObject(label)) return undefined;
    const text = typeof label.text === 'string' ? label.text : typeof label.shortText === 'string' ? label.shortText : '';
    return cnPromotion(text);
  }));
}
