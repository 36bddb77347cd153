import type { BlockReason } from '../../schema';
import { isHidden, textOf } from '../shared/dom';
import { atMostElements } from './dom/scoped';
import { isLoginHost } from './hosts';
import {
  CAPTCHA_CLASSES, CAPTCHA_FORM_ACTION, CAPTCHA_IDS, CAPTCHA_TAGS, CAPTCHA_TEXT, CAPTCHA_TITLE, LOGIN_FORM,
  LOGIN_FRAME_SRC, LOGIN_TEXT,
} from './selectors/walls';

/** Wall pages are small; a real item or search page is never judged by its text. */
const SHORT_PAGE_ELEMENTS = 600;

/**
 * Why the page is a wall rather than content, or undefined for a normal page. A widget that is
 * in the DOM but hidden (a closed login popup, a solved slider) is no wall: the classic Tmall
 * item page always carries a `display:none` login iframe. Every check is an id, a tag or a
 * look at the body's top levels (where overlays are appended), never a full-page class query.
 */
export function blockReason(url: URL, doc: Document): BlockReason | undefined {
  // e.g. https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com%2F…
  if (isLoginHost(url.hostname)) return 'login';
  // e.g. https://item.taobao.com/_____tmd_____/punish?x5secdata=…  ·  /_____tmd_____/verify/
  if (/\/_____tmd_____\//.test(url.pathname)) return 'captcha';

  if (overlayWidgets(doc).some((el) => !isHidden(el))) return 'captcha';
  if (CAPTCHA_TITLE.test(doc.title)) return 'captcha';
  const frames = Array.from(doc.getElementsByTagName('iframe'));
  if (frames.some((f) => LOGIN_FRAME_SRC.test(f.getAttribute('src') ?? '') && !isHidden(f))) return 'login';

  // The punish page itself is small: its custom element, verify form and wording are looked
  // for only there (each would be another walk over a full item page).
  if (doc.body && atMostElements(doc.body, SHORT_PAGE_ELEMENTS)) {
    if (punishPageParts(doc).some((el) => !isHidden(el))) return 'captcha';
    const text = textOf(doc.body);
    if (CAPTCHA_TEXT.test(text)) return 'captcha';
    if (LOGIN_TEXT.test(text) && doc.querySelector(LOGIN_FORM)) return 'login';
  }
  // e.g. https://sec.taobao.com/query.htm?… — the risk-check host, even after its widget is gone
  if (/^sec\.taobao\.com$/i.test(url.hostname)) return 'risk-check';
  return undefined;
}

/** The slider overlay (baxia / nc) by id, or by class near the top of <body> where it is appended. */
function overlayWidgets(doc: Document): Element[] {
  const found: Element[] = [];
  for (const id of CAPTCHA_IDS) {
    const el = doc.getElementById(id);
    if (el) found.push(el);
  }
  const top = Array.from(doc.body?.children ?? []).flatMap((c) => [c, ...Array.from(c.children)]);
  found.push(...top.filter((el) => CAPTCHA_CLASSES.some((c) => el.classList.contains(c))));
  return found;
}

function punishPageParts(doc: Document): Element[] {
  const found = CAPTCHA_TAGS.flatMap((tag) => Array.from(doc.getElementsByTagName(tag)));
  for (const form of Array.from(doc.getElementsByTagName('form'))) {
    if (CAPTCHA_FORM_ACTION.test(form.getAttribute('action') ?? '')) found.push(form);
  }
  return found;
}
