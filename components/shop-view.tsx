import type { Shop } from '../lib/schema';
import { safeHref } from './field';
import { formatNumber } from './format';
import { useI18n } from './i18n';

/**
 * The shop selling the product: name (linked only to an http(s) address), a badge when the
 * marketplace runs it (京东自营, 天猫超市), and its rating lines as the page shows them —
 * Taobao's DSR 描述/服务/物流 out of 5, JD's scores out of 10 — with the page's own
 * comparison text ("高于同行 12%"). Names and texts are page text, rendered as text.
 */
export function ShopView(props: { shop: Shop }) {
  const { t, locale } = useI18n();
  const shop = props.shop;
  const href = safeHref(shop.url);
  return (
    <div class="shop" data-field="shop" data-value={shop.name}>
      <h3>{t('sectionShop')}</h3>
      <p class="shop-name">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {shop.name}
          </a>
        ) : (
          <span>{shop.name}</span>
        )}{' '}
        {shop.selfOperated && (
          <span class="tag tag-self" data-field="selfOperated" data-value="true">
            {t('selfOperated')}
          </span>
        )}
      </p>
      {shop.scores && shop.scores.length > 0 && (
        <ul class="scores" data-field="shopScores" data-value={String(shop.scores.length)}>
          {shop.scores.map((s, i) => (
            <li key={i} class="score">
              <span class="score-name">{s.name}</span>{' '}
              <strong>{formatNumber(s.score, locale, 2)}</strong>
              {s.max !== undefined && <span class="score-max">/{formatNumber(s.max, locale)}</span>}
              {s.vsIndustry && ' '}
              {s.vsIndustry && <span class="terms">{s.vsIndustry}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
