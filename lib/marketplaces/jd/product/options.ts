import type { OptionGroup } from '../../../schema';
import { textOf } from '../../shared/dom';
import { absoluteImage } from './images';
import { cleanLabel } from '../dom';
import type { JdPage } from '../page';
import { OPTION_LAYOUTS, type OptionLayout } from '../selectors/options';

const MAX_GROUPS = 20;
const MAX_VALUES = 300;

/** The SKU option groups of the first layout that has any, with selected / unavailable states. */
export function readOptions(page: JdPage): { groups: OptionGroup[]; layout: string } | undefined {
  for (const layout of OPTION_LAYOUTS) {
    const groups: OptionGroup[] = [];
    for (const group of layout.groups.flatMap((a) => page.index().query(a)).slice(0, MAX_GROUPS)) {
      const read = readGroup(group, layout, page.url);
      if (read) groups.push(read);
    }
    if (groups.length) return { groups, layout: layout.name };
  }
  return undefined;
}

function readGroup(group: Element, layout: OptionLayout, base: URL): OptionGroup | undefined {
  const name = cleanLabel(textOf(group.querySelector(layout.label)) || group.getAttribute(layout.nameAttr ?? '') || '')
    .replace(/^选择/, ''); // 2013–20 labels read 选择颜色 / 选择版本
  const values: OptionGroup['values'] = [];
  for (const option of Array.from(group.querySelectorAll(layout.option)).slice(0, MAX_VALUES)) {
    const text = optionText(option, layout);
    if (!text) continue;
    const img = option.querySelector(layout.image);
    const image = absoluteImage(img?.getAttribute('src') ?? img?.getAttribute('data-src'), base);
    const cls = option.classList;
    const unavailable = layout.unavailable.some((c) => cls.contains(c))
      || option.getAttribute('aria-disabled') === 'true'
      || /无货|缺货/.test(option.getAttribute('title') ?? '');
    values.push({
      text,
      selected: layout.selected.some((c) => cls.contains(c)),
      available: !unavailable,
      ...(image ? { image } : {}),
    });
  }
  return name && values.length ? { name, values } : undefined;
}

/** `.specification-item-sku-text` / `<i>` text, else `data-value`, the link text or its title. */
function optionText(option: Element, layout: OptionLayout): string {
  const inner = textOf(option.querySelector(layout.text));
  if (inner) return inner;
  const value = option.getAttribute('data-value')?.trim();
  if (value) return value;
  const link = option.querySelector('a');
  return textOf(link ?? option) || link?.getAttribute('title')?.trim() || option.getAttribute('title')?.trim() || '';
}
