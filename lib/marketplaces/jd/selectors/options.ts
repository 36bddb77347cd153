import type { Anchored } from '../class-index';

/** SKU option groups (颜色 / 版本 / 尺码 …) on JD item pages, newest first. */

export interface OptionLayout {
  name: string;
  /** One element per dimension. */
  groups: readonly Anchored[];
  /** The dimension's name inside the group (else `nameAttr`). */
  label: string;
  nameAttr?: string;
  /** One element per option inside the group. */
  option: string;
  /** The option's text inside it (else its text, else `title`). */
  text: string;
  image: string;
  /** Classes that mark the chosen option / an option that cannot be chosen. */
  selected: readonly string[];
  unavailable: readonly string[];
}

export const OPTION_LAYOUTS: readonly OptionLayout[] = [
  {
    // 2025–26: `.page-right-spec .specification-group` (J2, J5, J15); `--lack` = out of stock
    name: 'specification-group',
    groups: [{ cls: 'specification-group' }],
    label: '.specification-group-label, .layout-label',
    option: '.specification-item-sku',
    text: '.specification-item-sku-text',
    image: 'img.specification-item-sku-image, .specification-item-sku-image img, img',
    selected: ['specification-item-sku--selected', 'selected'],
    unavailable: ['specification-item-sku--lack', 'lack', 'disabled'],
  },
  {
    // 2025–26 series row (系列): `.specification-series-layout` › `.specification-series-item`
    name: 'specification-series',
    groups: [{ cls: 'specification-series-layout' }],
    label: '.layout-label',
    option: '.specification-series-item',
    text: '[class*="text"]',
    image: 'img',
    selected: ['specification-series-item--selected', 'selected'],
    unavailable: ['specification-series-item--lack', 'lack', 'disabled'],
  },
  {
    // 2016–20: `#choose-attrs .p-choose[data-type=颜色]` › `.item[data-value]` (`selected`, `disabled`)
    name: 'choose-attrs',
    groups: [{ id: 'choose-attrs', find: '.p-choose' }],
    label: ':scope > .dt',
    nameAttr: 'data-type',
    option: '.dd .item',
    text: 'i',
    image: 'img',
    selected: ['selected'],
    unavailable: ['disabled'],
  },
  {
    // 2013–15: `#choose > li#choose-color` › `.dt` 选择颜色： + `.dd > .item` (服务 / 数量 rows have no `.dd > .item`)
    name: 'choose-2013',
    groups: [{ id: 'choose', find: ':scope > li' }],
    label: ':scope > .dt',
    option: ':scope > .dd > .item',
    text: 'i',
    image: 'img',
    selected: ['selected'],
    unavailable: ['disabled'],
  },
];
