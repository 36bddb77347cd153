import { expect } from 'vitest';
import { describeListingPages } from '../../support/cn-listing-pages';

/** Shop DSR lines as each page's #J_ShopInfo .tb-shop-rate shows them (描述 / 服务 / 物流). */
const SHOP_SCORES: Record<string, [string, number, string][]> = {
  'taobao/product/item-538429031287-blouse.html': [['描述', 4.8, '高于同行'], ['服务', 4.8, '高于同行'], ['物流', 4.8, '高于同行']],
  'taobao/product/item-shop103340528-camisole.html': [['描述', 4.8, '高于同行'], ['服务', 4.8, '高于同行'], ['物流', 4.8, '高于同行']],
  'taobao/product/item-shop105815128-leggings.html': [['描述', 4.5, '低于同行'], ['服务', 4.5, '低于同行'], ['物流', 4.5, '低于同行']],
  'taobao/product/item-shop119667895-tshirt.html': [['描述', 4.5, '低于同行'], ['服务', 4.5, '低于同行'], ['物流', 4.5, '低于同行']],
  'taobao/product/item-shop71861998-jacket.html': [['描述', 4.7, '高于同行'], ['服务', 4.8, '高于同行'], ['物流', 4.8, '高于同行']],
};

describeListingPages('taobao', (file, read) => {
  expect(read.product?.shop?.scores?.map((s) => [s.name, s.score, s.vsIndustry])).toEqual(SHOP_SCORES[file]);
});
