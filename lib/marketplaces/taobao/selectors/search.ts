/** Result-list markup, one block per layout; each layout is tried in this order. */

/** Today's s.taobao.com cards (2024–26 `doubleCardWrapperAdapt--`, 2023 `Card--doubleCardWrapper--`). */
export const CARD_NAMES = {
  card: ['doubleCardWrapperAdapt', 'doubleCardWrapper'],
  title: ['title'],
  priceInt: ['priceInt'],
  priceFloat: ['priceFloat'],
  price: ['priceWrapper', 'price'],
  sales: ['realSales'],
  shop: ['shopNameText', 'shopName'],
  noResult: ['noResult', 'emptyResult'],
} as const;
/** Every card carries its item id in its element id. */
export const CARD_ID = 'a[id^="item_id_"], div[id^="item_id_"]';

/** In-shop search (`shopNNN.taobao.com/search.htm`, `xxx.tmall.com/search.htm`) and its async fragment. */
export const SHOP_SEARCH = {
  /** Result grid only: the 销量排行 sidebar also uses `.item`, as `li`. */
  items: '.shop-hesper-bd dl.item, .J_TItems dl.item, #J_ShopSearchResult dl.item',
  title: '.item-name',
  price: '.c-price',
  listPrice: '.s-price',
  sales: '.sale-num',
  reviews: '.rates h4 a span, .rates h4 span',
  total: '.search-result span',
} as const;

/** Classic list.tmall.com result grid. */
export const TMALL_LIST = {
  items: '#J_ItemList div.product',
  title: '.productTitle a',
  price: '.productPrice em',
  shop: '.productShop-name, .productShop a',
  status: '.productStatus span',
  total: '.crumbTitle span, .j_ResultsNumber span, .ui-page-s-len',
} as const;

/** Text a Taobao page shows when a search found nothing. */
export const NO_RESULTS_TEXT = /没有找到(?:与|相关|符合)|抱歉，?没有找到|未找到相关宝贝|没有搜索到/;
