/** Markers of JD walls and of real content, for detection from the document. */

export const BLOCK = {
  /** JD's slider puzzle (JDJRV = JD JR verification): the big/small image and the handle. */
  slider: '.JDJRV-bigimg, .JDJRV-slide-btn',
  sliderClasses: ['JDJRV-bigimg', 'JDJRV-slide-btn'],
  /** The risk_handler page: title 京东验证 (J8, J11). */
  riskTitle: /^京东验证$|安全验证/,
  /** Its script/style assets (J12: `JDR_shields`, `risk/static`). */
  riskAssets: 'script[src*="JDR_shields"], script[src*="risk/static"], link[href*="risk/static"], .verifyBtn',
  /** Texts of the risk page and the rate-limit page (J11, J13b). */
  riskText: /验证一下[，,]?\s*购物无忧|快速验证|访问频繁|访问过于频繁|访问频率过高|无法搜索/,
  sliderText: /向右滑动完成拼图|拖动滑块|请完成安全验证/,
  /** passport.jd.com's login page title and form (account + password inputs). */
  loginTitle: /欢迎登录|^京东-登录/,
  loginForm: 'form#formlogin, #loginname + #nloginpwd, input#nloginpwd',
  /** The login dialog's frame. (No text rule: every JD header says 你好，请登录.) */
  loginFrame: 'iframe[src*="passport.jd.com"]',
} as const;

/** Content that means "this is a product / result page", whatever the URL. */
export const CONTENT_MARKERS = {
  product: '.sku-title-name, .sku-name, #name h1, .product-price--main, .itemInfo-wrap',
  search: '#J_goodsList, #plist, .plugin_goodsCardWrapper, li.gl-item, .jSubObject',
} as const;
