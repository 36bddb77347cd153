import { expect } from 'vitest';
import { describeListingPages } from '../../support/cn-listing-pages';

/** The classic Tmall page shows its DSR beside the shop name: 描 述 / 服 务 / 物 流 4.8. */
describeListingPages('tmall', (_file, read) => {
  expect(read.product?.shop?.scores?.map((s) => [s.name, s.score])).toEqual([['描述', 4.8], ['服务', 4.8], ['物流', 4.8]]);
});
