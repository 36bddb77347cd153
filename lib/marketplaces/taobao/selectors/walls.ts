/**
 * Alibaba's walls (same stack on Taobao, Tmall and their shops): the slider "punish" page,
 * the in-page baxia slider overlay, and login pages or login iframes. Looked up by id, tag
 * and class (cheap) rather than one big selector over the whole page.
 */

/** Ids of slider / captcha widgets; any visible one means the content is behind a check. */
export const CAPTCHA_IDS = ['nocaptcha', 'baxia-dialog', 'baxia-dialog-content', 'nc_1_n1z', 'nc_1_wrapper', 'waf_nc_block', 'aliyunCaptcha-window-embed'];
/** Class names of the same widgets (the overlay is sometimes class-only). */
export const CAPTCHA_CLASSES = ['baxia-dialog', 'nc-container', 'nc_wrapper'];
/** The punish page's custom element. */
export const CAPTCHA_TAGS = ['punish-component'];
/** The punish page posts the slider result here. */
export const CAPTCHA_FORM_ACTION = /_____tmd_____/;

/** Page titles of the punish page and its translations. */
export const CAPTCHA_TITLE = /Captcha Interception|滑块验证|滑动验证|安全验证|请完成验证|验证码拦截|访问验证/i;
/** Texts of a short wall page (never searched on a full item or search page). */
export const CAPTCHA_TEXT = /请拖动(下方)?滑块|滑动验证|滑块验证|Please slide to verify|detected unusual traffic|亲，请拖动|通过验证以确保正常访问/i;

/** A login iframe (mini-login popup or a full-page login frame). */
export const LOGIN_FRAME_SRC = /\/\/(login|passport)\.(taobao|tmall)\.com\/|\/\/passport\.alibaba\.com\//i;
/** Login form parts: password login, QR login, the "快速进入" confirm button. */
export const LOGIN_FORM = '#fm-login-id, #fm-login-password, input[name="fm-login-password"], .fm-submit, #login-form, .login-box, .qrcode-login';
export const LOGIN_TEXT = /请登录|登录后(查看|才能)|密码登录|扫码登录|快速进入|亲，请登录/;
