import type { ListingCheck, Marketplace } from '../../../schema';
import { cannotJudge, judged, missingWhy, msg, plural, type RuleEnv, unknown } from '../check';
import { HEURISTIC, IMAGE_NORMS, SOURCES } from '../norms';

/**
 * The gallery: image count against each marketplace's norm (norms.ts IMAGE_NORMS) and a
 * video. The count is what the page shows (media.imageCount), else the image URLs read.
 * A product page always has a gallery, so no count at all means the reader missed it
 * (unknown), while a gallery read without a video means the page shows none (warn: a
 * video is recommended, not required).
 */

const NAME: Record<Marketplace, { zh: string; en: string }> = {
  amazon: { zh: '亚马逊', en: 'Amazon' },
  taobao: { zh: '淘宝', en: 'Taobao' },
  tmall: { zh: '天猫', en: 'Tmall' },
  jd: { zh: '京东', en: 'JD' },
};

function countCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.images.count';
  const norm = IMAGE_NORMS[env.marketplace];
  const count = env.product.media?.imageCount ?? env.product.images?.length;
  if (count === undefined || env.boxOnly) return unknown(rule, missingWhy(env, ['media', 'images'], msg('商品图片', 'the gallery images')), { source: norm.source });
  const status = count >= norm.pass ? 'pass' : count >= norm.warn ? 'warn' : 'fail';
  const m = NAME[env.marketplace];
  const message =
    env.marketplace === 'amazon'
      ? msg(`${count} 张图片——亚马逊最多展示 ${norm.slots} 张，建议 ${norm.pass} 张以上。`, `${count} image${count === 1 ? '' : 's'} — Amazon shows up to ${norm.slots}; ${norm.pass}+ recommended.`)
      : status === 'pass'
        ? msg(`${count} 张主图——${m.zh}主图有 ${norm.slots} 个位置，已放满。`, `${count} main images — ${m.en} has ${norm.slots} main-image slots, all filled.`)
        : msg(`${count} 张主图——${m.zh}主图有 ${norm.slots} 个位置，建议放满 ${norm.pass} 张。`, `${count} main image${count === 1 ? '' : 's'} — ${m.en} has ${norm.slots} main-image slots; fill all ${norm.pass}.`);
  return judged(env, rule, status, message, {
    value: plural(count, 'image'),
    fix: msg(`补足到 ${norm.pass} 张以上：卖点图、细节图、场景图、尺寸图。`, `Add images up to ${norm.pass}+: feature callouts, close-ups, in use, size.`),
    source: norm.source,
  });
}

function videoCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.images.video';
  const source = env.marketplace === 'amazon' ? SOURCES.zonGuru : HEURISTIC;
  const media = env.product.media;
  if (cannotJudge(env, 'media')) return unknown(rule, missingWhy(env, 'media', msg('图库里的视频信息', 'whether the gallery has a video')), { source });
  // No media part at all: the reader did not record the gallery, so a video may be there.
  if (!media) return unknown(rule, msg('未评分：读取结果里没有图库信息（media），不知道有没有视频。', 'Not judged: the read has no gallery details (media), so whether there is a video is unknown.'), { source });
  const videos = media.videoCount ?? 0;
  if (videos > 0) {
    return judged(env, rule, 'pass', msg(`有 ${videos} 个视频。`, `${videos} video${videos === 1 ? '' : 's'} shown.`), { value: plural(videos, 'video'), source });
  }
  const cn = env.marketplace !== 'amazon';
  return judged(
    env,
    rule,
    'warn',
    cn ? msg('没有主图视频——主图视频能展示细节和使用场景。', 'No main-image video — a short video shows details and use.') : msg('没有视频——视频能展示使用方式和细节。', 'No video — a video shows the product in use.'),
    { value: '0 videos', source, fix: cn ? msg('上传一段 1 分钟内的主图视频。', 'Upload a main-image video under one minute.') : msg('上传一段商品视频（需品牌备案）。', 'Upload a product video (Brand Registry).') },
  );
}

export function imageChecks(env: RuleEnv): ListingCheck[] {
  const out: ListingCheck[] = [];
  if (env.weights['listing.images.count'] !== undefined) out.push(countCheck(env));
  if (env.weights['listing.images.video'] !== undefined) out.push(videoCheck(env));
  return out;
}
